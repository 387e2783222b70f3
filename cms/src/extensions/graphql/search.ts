import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';
import type * as Nexus from 'nexus';
import { SEARCH_TYPES, type SearchType } from '../../api/search/lib/searchable';
import { isSearchLocale, MAX_QUERY_LENGTH, SEARCH_LANGUAGES } from '../../api/search/lib/text';
import type { SearchRequest } from '../../api/search/services/search';

const MAX_PAGE_SIZE = 50;

interface SearchArgs {
  query: string;
  locale?: string | null;
  type?: SearchType | null;
  page?: number | null;
  pageSize?: number | null;
}

const badInput = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** The arguments as the search service takes them, or a clear 400. */
function searchRequestOf(args: SearchArgs): SearchRequest {
  const locale = args.locale ?? 'en';
  const page = args.page ?? 1;
  const pageSize = args.pageSize ?? 10;
  if (!isSearchLocale(locale)) {
    throw badInput(`locale must be one of: ${Object.keys(SEARCH_LANGUAGES).join(', ')}`);
  }
  if (page < 1) throw badInput('page must be 1 or more');
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badInput(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { query: args.query, locale, type: args.type, page, pageSize };
}

/**
 * `search`: the site search in the public API, typed like the rest of it. Anonymous clients may
 * use it (it reads the search index, which holds published content only).
 */
export function addSearchToGraphQL(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  extension.use(({ nexus }: { nexus: typeof Nexus }) => ({
    types: [
      nexus.enumType({
        name: 'SearchEntryType',
        description: 'What a search hit is: each has a page on the site.',
        members: SEARCH_TYPES,
      }),
      nexus.objectType({
        name: 'SearchSnippetPart',
        description: 'A piece of a hit’s text; `match` marks the words that matched the query.',
        definition(t) {
          t.nonNull.string('text');
          t.nonNull.boolean('match');
        },
      }),
      nexus.objectType({
        name: 'SearchHit',
        definition(t) {
          t.nonNull.field('type', { type: 'SearchEntryType' });
          t.nonNull.id('documentId');
          t.nonNull.string('locale', {
            description: 'The language of the version that matched (may differ from the one asked)',
          });
          t.nonNull.string('slug');
          t.nonNull.string('title');
          t.nonNull.list.nonNull.field('snippet', { type: 'SearchSnippetPart' });
        },
      }),
      nexus.objectType({
        name: 'SearchTypeCount',
        definition(t) {
          t.nonNull.field('type', { type: 'SearchEntryType' });
          t.nonNull.int('count');
        },
      }),
      nexus.objectType({
        name: 'SearchResults',
        definition(t) {
          t.nonNull.string('query', { description: 'The query as searched (cleaned, capped)' });
          t.nonNull.list.nonNull.field('counts', {
            type: 'SearchTypeCount',
            description: 'Hits of each type, whatever `type` asked',
          });
          t.nonNull.list.nonNull.field('hits', { type: 'SearchHit' });
          t.nonNull.field('pageInfo', { type: 'Pagination' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.field('search', {
            type: 'SearchResults',
            description: `Full-text search of published publications, events, news, people and topics, stemmed in each version's language (English, French), best first, one hit per document. Any text is accepted; only its first ${MAX_QUERY_LENGTH} characters are searched.`,
            args: {
              query: nexus.nonNull(nexus.stringArg()),
              locale: nexus.arg({
                type: 'I18NLocaleCode',
                description: 'The reader’s language: its version of a document wins (default en)',
              }),
              type: nexus.arg({ type: 'SearchEntryType', description: 'Only hits of this type' }),
              page: nexus.intArg({ default: 1 }),
              pageSize: nexus.intArg({ default: 10, description: `At most ${MAX_PAGE_SIZE}` }),
            },
            resolve: (_parent: unknown, args: SearchArgs) =>
              strapi.service('api::search.search').search(searchRequestOf(args)),
          });
        },
      }),
    ],
    resolversConfig: { 'Query.search': { auth: false } },
  }));
}
