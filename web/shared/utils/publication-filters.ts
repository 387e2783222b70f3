import type { PublicationFiltersInput } from '@mdle/api-client';

/** The publication list's filters as they appear in the URL, so a filtered view can be shared. */
export interface PublicationQuery {
  q: string;
  author: string;
  year: string;
  type: string;
  topic: string;
  lang: string;
  page: number;
}

export const PUBLICATION_FILTER_KEYS = ['q', 'author', 'year', 'type', 'topic', 'lang'] as const;

const MAX_SEARCH_LENGTH = 100;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const YEAR = /^\d{4}$/;
const CODE = /^[a-z_]{2,30}$/;

const first = (value: unknown): string => {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : '';
};
const matching = (value: unknown, pattern: RegExp) => {
  const text = first(value);
  return pattern.test(text) ? text : '';
};

/**
 * Reads the filters from a route query. Anything malformed (a hand-edited URL) is dropped rather
 * than sent to the CMS: the visitor sees the unfiltered list instead of an error.
 */
export function parsePublicationQuery(query: Record<string, unknown>): PublicationQuery {
  const page = Number(first(query.page));
  return {
    q: first(query.q).slice(0, MAX_SEARCH_LENGTH),
    author: matching(query.author, SLUG),
    year: matching(query.year, YEAR),
    type: matching(query.type, CODE),
    topic: matching(query.topic, SLUG),
    lang: matching(query.lang, CODE),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export const hasPublicationFilters = (query: PublicationQuery) =>
  PUBLICATION_FILTER_KEYS.some((key) => query[key] !== '');

/** The GraphQL filter for these URL filters (text search looks in titles and abstracts). */
export function publicationFilters(query: PublicationQuery): PublicationFiltersInput {
  const filters: PublicationFiltersInput[] = [];
  if (query.q) {
    filters.push({ or: [{ title: { containsi: query.q } }, { abstract: { containsi: query.q } }] });
  }
  if (query.author) filters.push({ authors: { slug: { eq: query.author } } });
  if (query.year) {
    filters.push({
      publicationDate: { between: [`${query.year}-01-01`, `${query.year}-12-31`] },
    });
  }
  if (query.type) filters.push({ publicationType: { eq: query.type } });
  if (query.topic) filters.push({ topics: { slug: { eq: query.topic } } });
  if (query.lang) filters.push({ documentLanguage: { eq: query.lang } });
  return filters.length ? { and: filters } : {};
}

/** The URL query for these filters: empty values left out, page 1 implied. */
export function publicationRouteQuery(query: Partial<PublicationQuery>): Record<string, string> {
  const entries: Array<[string, string]> = PUBLICATION_FILTER_KEYS.map((key): [string, string] => [
    key,
    query[key] ?? '',
  ]).filter(([, value]) => value !== '');
  if (query.page && query.page > 1) entries.push(['page', String(query.page)]);
  return Object.fromEntries(entries);
}
