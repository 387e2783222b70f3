import type { ContentKind } from './content-pages';

/** What the site search finds (the API's SearchEntryType), and the pages each kind lives on. */
export const SEARCH_KINDS = {
  publication: 'publications',
  event: 'events',
  news: 'news',
  person: 'people',
  topic: 'topics',
} as const satisfies Record<string, ContentKind>;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The search page's URL parameters: the words, an optional kind, the page. */
export interface SearchQuery {
  q: string;
  type: SearchKind | '';
  page: number;
}

/** As long as the CMS searches: the rest would be ignored there anyway. */
const MAX_QUERY_LENGTH = 200;

const first = (value: unknown): string => {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
};

const isSearchKind = (value: string): value is SearchKind => value in SEARCH_KINDS;

/** Reads the search from a route query; anything malformed is dropped, never an error. */
export function parseSearchQuery(query: Record<string, unknown>): SearchQuery {
  const type = first(query.type);
  const page = Number(first(query.page));
  return {
    q: first(query.q).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    type: isSearchKind(type) ? type : '',
    page: Number.isInteger(page) && page >= 1 && page <= 1_000 ? page : 1,
  };
}

/** The canonical URL query of a search (empty values and page 1 left out, fixed order). */
export function searchRouteQuery(search: SearchQuery): Record<string, string> {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.q && search.type ? { type: search.type } : {}),
    ...(search.q && search.page > 1 ? { page: String(search.page) } : {}),
  };
}
