/**
 * Whether an entry is shown in another language than the page's (the locale fallback of the
 * server), and that language: pages mark such content with `lang` and a notice.
 */
export function useContentLocale(entryLocale: MaybeRefOrGetter<string | null | undefined>) {
  const { locale } = useI18n();
  const t = useTranslate();
  const contentLocale = computed(() => toValue(entryLocale) ?? locale.value);
  const isFallback = computed(() => contentLocale.value !== locale.value);
  const languageName = computed(() => t(`languages.${contentLocale.value}`));
  return { contentLocale, isFallback, languageName };
}
