/** The GraphQL reads both CMS benches measure. */
export const LIST_QUERY = `query List($locale: I18NLocaleCode) {
  publications(locale: $locale, pagination: { pageSize: 20 }, sort: "title:asc") { documentId title slug publicationDate authors { name slug } }
}`;
export const SLUG_QUERY = `query One($slug: String!) {
  publications(locale: "en", filters: { slug: { eq: $slug } }) { title slug abstract authors { name slug } }
}`;
/** autocannon options for a GraphQL POST. */
export const graphql = (query: string, variables: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});
