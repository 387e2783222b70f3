import {
  EventsDocument,
  NewsArticlesDocument,
  PeopleDocument,
  PublicationsDocument,
  TopicsDocument,
  type TypedDocumentString,
} from '@mdle/api-client';

/** The paginated list of each kind of content that has pages. */
const SECTIONS = [
  { kind: 'publications', document: PublicationsDocument, field: 'publications_connection' },
  { kind: 'events', document: EventsDocument, field: 'events_connection' },
  { kind: 'news', document: NewsArticlesDocument, field: 'newsArticles_connection' },
  { kind: 'people', document: PeopleDocument, field: 'people_connection' },
  { kind: 'topics', document: TopicsDocument, field: 'topics_connection' },
] as const;

interface Node {
  slug: string;
  locale: string | null;
}

/**
 * Every content page for the sitemap module, in each locale the site shows it in (fallback
 * included). Static pages (home, lists, about…) the module finds by itself, with alternates.
 */
export default defineSitemapEventHandler(async () => {
  const urls = [];
  for (const section of SECTIONS) {
    for (const { code: locale } of SITE_LOCALES) {
      for (let page = 1, pageCount = 1; page <= pageCount; page++) {
        const document = section.document as TypedDocumentString<unknown, Record<string, unknown>>;
        const result = (await queryCms(document, { locale, page, pageSize: 100 })) as Record<
          string,
          { nodes: Node[]; pageInfo: { pageCount: number } } | null
        >;
        const connection = result[section.field];
        pageCount = connection?.pageInfo.pageCount ?? 0;
        for (const node of connection?.nodes ?? []) {
          urls.push({
            loc: contentPagePath(section.kind, locale, node.slug),
            _i18nTransform: false,
          });
        }
      }
    }
  }
  return urls;
});
