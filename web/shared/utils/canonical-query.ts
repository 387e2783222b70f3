import { PERSONAL_LINK_PAGES } from '../../layers/network/shared/utils/form-answer-pages';
import { PREVIEW_PARAMETER } from './preview';
import { parsePublicationQuery, publicationRouteQuery } from './publication-filters';
import { parseSearchQuery, searchRouteQuery } from './search-query';

type QueryReader = (query: URLSearchParams) => Array<[string, string]>;

const firstValues = (query: URLSearchParams): Record<string, string> =>
  Object.fromEntries([...new Set(query.keys())].map((key) => [key, query.get(key) ?? '']));

const keep =
  (name: string): QueryReader =>
  (query) => {
    const value = query.get(name);
    return value ? [[name, value]] : [];
  };

/**
 * The query parameters each path really reads, normalised (publication filters validated, empty
 * values and page 1 left out, a fixed order). Paths not listed read none.
 */
const QUERY_READERS: Array<[RegExp, QueryReader]> = [
  [
    /^(?:\/fr)?\/publications\/?$/,
    (query) => Object.entries(publicationRouteQuery(parsePublicationQuery(firstValues(query)))),
  ],
  [
    /^\/search\/?$|^\/fr\/recherche\/?$/,
    (query) => Object.entries(searchRouteQuery(parseSearchQuery(firstValues(query)))),
  ],
  [/^\/api\/cms\/[A-Za-z]+$/, keep('variables')],
  // The door of editors' previews (server/routes/preview.get.ts).
  [/^\/preview$/, keep('token')],
];
const PERSONAL_LINK_PATHS = new Set(PERSONAL_LINK_PAGES);

const PAYLOAD = /^(.*)\/_payload\.json$/;

/** Paths whose query strings belong to Nuxt or to a module, not to a page. */
const LEFT_ALONE = /^\/(?:_nuxt\/|__|api\/(?!cms\/))/;

/**
 * The canonical form of a URL's query string for a page or cached API route, or `undefined` when
 * it already is canonical (or the path is not ours to judge). Every other parameter (tracking
 * tags, cache busters, junk) would otherwise make a new cache entry and a new render that asks the
 * CMS again: visitors are redirected to the canonical URL instead.
 */
export function canonicalSearch(path: string, search: string, buildId: string): string | undefined {
  if (LEFT_ALONE.test(path)) return undefined;
  const query = new URLSearchParams(search);
  // A page's payload (`<page>/_payload.json`) is asked for with the page's query and the build id.
  const payloadOf = PAYLOAD.exec(path)?.[1];
  const pagePath = payloadOf === undefined ? path : payloadOf || '/';
  const reader = PERSONAL_LINK_PATHS.has(pagePath.replace(/\/$/, ''))
    ? keep('token')
    : QUERY_READERS.find(([pattern]) => pattern.test(pagePath))?.[1];
  const canonical = reader ? reader(query) : [];
  if (payloadOf !== undefined && query.get('_b') === buildId) canonical.push(['_b', buildId]);
  // An editor's preview of any page, and its reads (checked by server/middleware/preview.ts).
  const preview = query.get(PREVIEW_PARAMETER);
  if (preview) canonical.push([PREVIEW_PARAMETER, preview]);
  const given = [...query.entries()];
  const same =
    given.length === canonical.length &&
    given.every(
      ([key, value], index) => canonical[index]![0] === key && canonical[index]![1] === value,
    );
  return same ? undefined : new URLSearchParams(canonical).toString();
}
