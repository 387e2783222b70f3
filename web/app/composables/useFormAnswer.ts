/**
 * What a form derives from the CMS's answer: whether it was accepted, each field's error and the
 * `aria-describedby` pointing at it.
 */
export function useFormAnswer(answer: Ref<CmsFormAnswer | null>) {
  const accepted = computed(() => answer.value?.status === 202);
  const errorOf = (field: string) => answer.value?.fieldErrors[field];
  const describedBy = (field: string) => (errorOf(field) ? `${field}-error` : undefined);
  return { accepted, errorOf, describedBy };
}
