import type { Core } from '@strapi/strapi';
import { searchHitOf, type SearchEntry, type SearchHitRow, type SearchIndex } from './index';
import { searchPage } from './page-query';
import type { SearchType } from './searchable';
import { documentKey, searchTableWrites } from './table-writes';
import { queryStems, SEARCH_LANGUAGES, snippetParts, stems, type SearchLocale } from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

interface HitRow extends SearchHitRow {
  body: string;
}

/** The columns each language's FTS5 index holds. */
const INDEXED = ['title_stems', 'text_stems'] as const;

/** Each kind's number in an entry's id. Fixed: the ids of an existing index carry them. */
const TYPE_CODES: Record<SearchType, number> = {
  publication: 0,
  event: 1,
  news: 2,
  person: 3,
  topic: 4,
};

/**
 * An entry's id says which document it is a version of, and its kind: 48 bits of the
 * document's key, 3 of its kind, 2 of its language (so at most 53 bits: a safe JavaScript
 * integer). A search then groups and counts its matches by id alone, without reading each
 * match's entry. Two documents of one kind whose keys collide (odds of about 1 in 5 million for
 * 10,000 documents) cannot both be indexed: the second one's write fails and is logged.
 */
const entryId = (entry: SearchEntry) =>
  documentKey(entry.type, entry.documentId) * 32 +
  TYPE_CODES[entry.type] * 4 +
  LOCALES.indexOf(entry.locale);
/** The document (key and kind) and the kind of the entry whose id is `id`, in SQL. */
const documentOf = (id: string) => `(${id} >> 2)`;
const typeOf = (id: string) => `((${id} >> 2) & 7)`;

/** Each language's FTS5 index over the entries in that language. */
const termsTable = (locale: SearchLocale) => `search_terms_${locale}`;

/** An FTS5 expression that needs every stem (each quoted: no query syntax gets through). */
const matchExpression = (stemList: string[]) =>
  stemList.map((stem) => `"${stem.replaceAll('"', '""')}"`).join(' AND ');

/** What FTS5 matches: the entry's id, the stems of its title and text, in its language. */
const engineColumns = (entry: SearchEntry) => ({
  id: entryId(entry),
  title_stems: stems(entry.title, entry.locale),
  text_stems: stems(entry.text, entry.locale),
});

/**
 * SQLite's FTS5 over stems: FTS5 stems English only (porter), so each version's words are stemmed
 * here with its language's Snowball stemmer (@orama/stemmers) and indexed as stems; queries are
 * stemmed the same way per language. bm25 ranks, the title weighted ten times the text.
 * The entries are a plain table, and each language has an FTS5 index over its entries
 * (`search_terms_en`…: external content, kept in step by triggers). A language's matches then
 * come from its own index, and bm25 weighs each word against that language's texts. One index
 * with the locale as an indexed column made every match a second term to intersect and rank
 * (bm25 of 2,000 matches: 1.8 → 1.1 ms).
 */
export function sqliteSearchIndex(db: Core.Strapi['db']['connection']): SearchIndex {
  return {
    async ensure() {
      // Earlier versions' indexes: one FTS5 table, then a table of entries numbered in order with
      // one FTS5 index (`search_terms`). Dropped; the start fills the new one.
      const previous = (await db.raw(
        `SELECT name FROM sqlite_master WHERE name = 'search_terms'
           OR (name = 'search_entries' AND sql LIKE 'CREATE VIRTUAL TABLE%')`,
      )) as unknown[];
      if (previous.length) {
        await db.raw('DROP TABLE IF EXISTS search_terms');
        await db.raw('DROP TABLE search_entries');
      }
      await db.raw(`CREATE TABLE IF NOT EXISTS search_entries (
        id INTEGER PRIMARY KEY,
        content_type TEXT NOT NULL,
        document_id TEXT NOT NULL,
        document_key INTEGER NOT NULL,
        locale TEXT NOT NULL,
        slug TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        title_stems TEXT NOT NULL,
        text_stems TEXT NOT NULL
      )`);
      await db.raw(
        'CREATE INDEX IF NOT EXISTS search_entries_document ON search_entries (content_type, document_id)',
      );
      for (const locale of LOCALES) {
        await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${termsTable(locale)} USING fts5(
          ${INDEXED.join(', ')},
          content = 'search_entries', content_rowid = 'id',
          tokenize = 'unicode61 remove_diacritics 2'
        )`);
      }
      // Each entry goes to its language's index (an insert that selects nothing does nothing).
      const write = (row: 'new' | 'old', command: string) =>
        LOCALES.map((locale) => {
          const table = termsTable(locale);
          const columns = INDEXED.map((column) => `${row}.${column}`).join(', ');
          return `INSERT INTO ${table} (${command ? `${table}, ` : ''}rowid, ${INDEXED.join(', ')})
            SELECT ${command ? `'${command}', ` : ''}${row}.id, ${columns} WHERE ${row}.locale = '${locale}';`;
        }).join(' ');
      const add = write('new', '');
      const remove = write('old', 'delete');
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_added
        AFTER INSERT ON search_entries BEGIN ${add} END`);
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_removed
        AFTER DELETE ON search_entries BEGIN ${remove} END`);
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_changed
        AFTER UPDATE ON search_entries BEGIN ${remove} ${add} END`);
    },
    ...searchTableWrites(db, engineColumns),
    async page(query, window) {
      // Each language's FTS5 expression; none where all the query's words are its stop words.
      const expressions = new Map(
        LOCALES.flatMap((locale) => {
          const stemList = queryStems(query, locale);
          return stemList.length ? [[locale, matchExpression(stemList)] as const] : [];
        }),
      );
      if (!expressions.size) return { counts: [], ids: [] };
      return searchPage(
        db,
        {
          matches(locale, exceptDocuments) {
            const table = termsTable(locale);
            // A language with no expression matches nothing.
            const match = expressions.has(locale) ? `${table} MATCH :match_${locale}` : '0';
            return `SELECT rowid AS id, ${documentOf('rowid')} AS document, ${typeOf('rowid')} AS type,
              -bm25(${table}, 10.0, 1.0) AS rank
            FROM ${table} WHERE ${match}
            ${exceptDocuments ? `AND ${documentOf('rowid')} NOT IN (${exceptDocuments})` : ''}`;
          },
          typeValue: (type) => TYPE_CODES[type],
          bindings: Object.fromEntries(
            [...expressions].map(([locale, expression]) => [`match_${locale}`, expression]),
          ),
        },
        window,
      );
    },
    async hits(query, ids) {
      if (!ids.length) return [];
      const rows = (await db('search_entries')
        .select('id', 'content_type', 'document_id', 'locale', 'slug', 'title', 'body')
        .whereIn('id', ids)) as HitRow[];
      return rows.map((row) =>
        searchHitOf(
          row,
          snippetParts(row.body, new Set(queryStems(query, row.locale)), row.locale),
        ),
      );
    },
  };
}
