/** A publication's APA and Chicago references in the page's language (server/api/citations). */
export function useCitation(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  const path = computed(
    () => `/api/citations/${siteLocaleOf(locale.value)}/${encodeURIComponent(toValue(slug))}`,
  );
  return useFetch<FormattedCitations>(path, { key: computed(() => path.value) });
}
