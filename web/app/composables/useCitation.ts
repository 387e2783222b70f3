/** A publication's APA and Chicago references in the page's language (server/api/citations). */
export function useCitation(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  const language = computed(() => siteLocaleOf(locale.value));
  const path = computed(
    () => `/api/citations/${language.value}/${encodeURIComponent(toValue(slug))}`,
  );
  return useSiteRead<FormattedCitations>(
    () => path.value,
    () => ({ path: path.value }),
    (reads, event) => reads.citations(event, language.value, toValue(slug)),
  );
}
