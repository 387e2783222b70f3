import type { Core } from '@strapi/strapi';
import type { SearchEntry, SearchHit, SearchIndex, SearchPage } from '../lib/index';
import { searchIndexOf } from '../lib/engine';
import { SEARCHABLE, SEARCH_TYPES, type SearchType } from '../lib/searchable';
import {
  blocksText,
  cleanQuery,
  cleanText,
  isSearchLocale,
  SEARCH_LANGUAGES,
  type SearchLocale,
} from '../lib/text';

/** A search, its arguments already checked (extensions/graphql/search.ts). */
export interface SearchRequest {
  query: string;
  locale: SearchLocale;
  type?: SearchType | null;
  page: number;
  pageSize: number;
}

export interface SearchResults {
  query: string;
  counts: SearchPage['counts'];
  hits: Omit<SearchHit, 'id'>[];
  pageInfo: { page: number; pageSize: number; pageCount: number; total: number };
}

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

type Fields = Record<string, unknown>;

/** One published version as the index keeps it: its title, and its text in one string. */
function entryOf(type: SearchType, document: Fields): SearchEntry | undefined {
  const spec = SEARCHABLE[type];
  const locale = document.locale;
  if (!isSearchLocale(locale) || typeof document.slug !== 'string') return undefined;
  const title = cleanText(spec.title.map((field) => blocksText(document[field])).join(' '));
  const authors = Array.isArray(document.authors)
    ? (document.authors as { name?: string }[]).map((author) => author.name ?? '')
    : [];
  const text = cleanText(
    [...spec.text.map((field) => blocksText(document[field])), ...authors].join(' '),
  );
  return {
    type,
    documentId: String(document.documentId),
    locale,
    slug: document.slug,
    title,
    text,
  };
}

/**
 * The site search: an index of published publications, events, news, people and topics, kept up
 * to date on every write (see bootstrap/search-index.ts) and searched in each version's language.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let index: SearchIndex | undefined;
  const searchIndex = () => (index ??= searchIndexOf(strapi.db));

  const published = (type: SearchType, params: Fields) =>
    strapi.documents(SEARCHABLE[type].uid).findMany({
      status: 'published',
      populate: SEARCHABLE[type].populate,
      ...params,
    } as never) as Promise<Fields[]>;

  return {
    ensure: () => searchIndex().ensure(),
    count: () => searchIndex().count(),

    /** Indexes the published versions of one document again (none left: it leaves the index). */
    async reindex(type: SearchType, documentId: string): Promise<void> {
      const entries: SearchEntry[] = [];
      for (const locale of LOCALES) {
        const [document] = await published(type, { filters: { documentId }, locale, limit: 1 });
        const entry = document && entryOf(type, document);
        if (entry) entries.push(entry);
      }
      await searchIndex().replace(type, documentId, entries);
    },

    /** Empties the index and indexes every published version again; returns how many. */
    async rebuild(): Promise<number> {
      await searchIndex().clear();
      let indexed = 0;
      for (const type of SEARCH_TYPES) {
        for (const locale of LOCALES) {
          for (let start = 0; ; start += 200) {
            const documents = await published(type, { locale, start, limit: 200 });
            const entries = documents.flatMap((document) => entryOf(type, document) ?? []);
            await searchIndex().insert(entries);
            indexed += entries.length;
            if (documents.length < 200) break;
          }
        }
      }
      return indexed;
    },

    /**
     * Published content matching `query` in any language, best first, one hit per document (the
     * version in `locale` when it matches), grouped counts per type, one page of hits.
     */
    async search(request: SearchRequest): Promise<SearchResults> {
      const { locale, type, page, pageSize } = request;
      const query = cleanQuery(request.query);
      const found = query
        ? await searchIndex().page(query, {
            locale,
            type,
            offset: (page - 1) * pageSize,
            limit: pageSize,
          })
        : { counts: [], ids: [] };
      const hits = new Map(
        (await searchIndex().hits(query, found.ids)).map(({ id, ...shown }) => [id, shown]),
      );
      const total = found.counts
        .filter((entry) => !type || entry.type === type)
        .reduce((sum, entry) => sum + entry.count, 0);
      return {
        query,
        counts: found.counts,
        // A hit unpublished between the two reads is left out.
        hits: found.ids.flatMap((id) => hits.get(id) ?? []),
        pageInfo: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },
  };
};
