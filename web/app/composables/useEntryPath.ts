/**
 * The path of an entry's page in the page's language, for links to it. The same paths as the
 * server's sitemap, feeds and calendars (contentPagePath), without asking the router.
 */
export function useEntryPath() {
  const { locale } = useI18n();
  return (kind: ContentKind, slug: string) =>
    contentPagePath(kind, siteLocaleOf(locale.value), slug);
}
