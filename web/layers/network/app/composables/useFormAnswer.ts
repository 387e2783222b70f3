import type { FormAnswerFlash } from '../../shared/types/form-answer';

/**
 * The answer a form post was sent back with (server/utils/form-answer.ts), on the page showing it:
 * the CMS's message, whether it was accepted, each refused field's error and the
 * `aria-describedby` pointing at it, and what the visitor typed.
 */
export function useFormAnswer() {
  const flash = useState<FormAnswerFlash | null>(
    'form-answer',
    () => useRequestEvent()?.context.formAnswer ?? null,
  );
  const answer = computed(() => flash.value?.answer ?? null);
  const accepted = computed(() => {
    const status = answer.value?.status ?? 0;
    return status >= 200 && status < 300;
  });
  const typed = (field: string) => flash.value?.values?.[field];
  const errorOf = (field: string) => answer.value?.fieldErrors[field];
  const describedBy = (field: string) => (errorOf(field) ? `${field}-error` : undefined);
  return { answer, accepted, typed, errorOf, describedBy };
}

/**
 * The SEO of a page a form post comes back to: its title starts with "Error:" when the form was
 * refused (screen readers announce the title first), and it is never indexed: it shows a
 * visitor's own data.
 */
export function useAnswerPageSeo(page: { title: () => string; description?: () => string }) {
  const t = useTranslate();
  const { answer, accepted } = useFormAnswer();
  usePageSeo({
    title: () =>
      answer.value && !accepted.value ? t('form.refused', { title: page.title() }) : page.title(),
    description: page.description ?? page.title,
  });
  useSeoMeta({ robots: 'noindex, nofollow' });
}
