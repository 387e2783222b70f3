import type { Core } from '@strapi/strapi';
import { searchHitOf, type SearchEntry, type SearchHitRow, type SearchIndex } from './index';
import { searchPage } from './page-query';
import { searchTableWrites } from './table-writes';
import { queryStems, SEARCH_LANGUAGES, snippetParts, stems, type SearchLocale } from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

interface HitRow extends SearchHitRow {
  body: string;
}

/** The columns `search_terms` indexes (the locale too: see sqliteSearchIndex). */
const INDEXED = ['title_stems', 'text_stems', 'locale'] as const;

/**
 * An FTS5 expression that needs every stem in the title or text (each quoted: no query syntax
 * gets through), in versions of `locale`.
 */
const matchExpression = (stemList: string[], locale: SearchLocale) =>
  `{title_stems text_stems}: (${stemList
    .map((stem) => `"${stem.replaceAll('"', '""')}"`)
    .join(' AND ')}) AND locale: "${locale}"`;

/** What FTS5 matches: the stems of the title and of the text, in the entry's language. */
const engineColumns = (entry: SearchEntry) => ({
  title_stems: stems(entry.title, entry.locale),
  text_stems: stems(entry.text, entry.locale),
});

/**
 * SQLite's FTS5 over stems: FTS5 stems English only (porter), so each version's words are stemmed
 * here with its language's Snowball stemmer (@orama/stemmers) and indexed as stems; queries are
 * stemmed the same way per language. bm25 ranks, the title weighted ten times the text.
 * The entries are a plain table and `search_terms` an FTS5 index over it (external content, kept
 * in step by triggers), with the locale indexed too: a match is then filtered by language inside
 * FTS5 and joined to its entry by rowid. Reading the kind and id of each match from an FTS5
 * table's own store was most of a broad search's time (10.6 → 4.7 ms for 2,000 matches).
 * Each language's matches are one FTS5 query; the union is ranked and paged by `searchPage`.
 */
export function sqliteSearchIndex(db: Core.Strapi['db']['connection']): SearchIndex {
  return {
    async ensure() {
      // The index of earlier versions: one FTS5 table. Dropped; the start builds the new one.
      const [previous] = (await db.raw(
        `SELECT 1 FROM sqlite_master WHERE name = 'search_entries' AND sql LIKE 'CREATE VIRTUAL TABLE%'`,
      )) as unknown[];
      if (previous) await db.raw('DROP TABLE search_entries');
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
      await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS search_terms USING fts5(
        ${INDEXED.join(', ')},
        content = 'search_entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      )`);
      const values = (row: 'new' | 'old') => INDEXED.map((column) => `${row}.${column}`).join(', ');
      const add = `INSERT INTO search_terms (rowid, ${INDEXED.join(', ')}) VALUES (new.id, ${values('new')});`;
      const remove = `INSERT INTO search_terms (search_terms, rowid, ${INDEXED.join(', ')})
        VALUES ('delete', old.id, ${values('old')});`;
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_added
        AFTER INSERT ON search_entries BEGIN ${add} END`);
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_removed
        AFTER DELETE ON search_entries BEGIN ${remove} END`);
      await db.raw(`CREATE TRIGGER IF NOT EXISTS search_entries_changed
        AFTER UPDATE ON search_entries BEGIN ${remove} ${add} END`);
    },
    ...searchTableWrites(db, engineColumns),
    async page(query, window) {
      const branches = LOCALES.flatMap((locale) => {
        const stemList = queryStems(query, locale);
        return stemList.length ? [{ locale, match: matchExpression(stemList, locale) }] : [];
      });
      if (!branches.length) return { counts: [], ids: [] };
      const matched = branches
        .map(
          ({ locale }) =>
            `SELECT e.id, e.content_type, e.document_id, e.document_key,
                    e.locale = :locale AS preferred,
                    -bm25(search_terms, 10.0, 1.0, 0.0) AS rank
             FROM search_terms JOIN search_entries e ON e.id = search_terms.rowid
             WHERE search_terms MATCH :match_${locale}`,
        )
        .join(' UNION ALL ');
      return searchPage(
        db,
        matched,
        {
          locale: window.locale,
          ...Object.fromEntries(branches.map(({ locale, match }) => [`match_${locale}`, match])),
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
