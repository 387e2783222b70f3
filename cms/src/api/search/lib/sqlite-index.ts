import type { Core } from '@strapi/strapi';
import { searchHitOf, type SearchEntry, type SearchHitRow, type SearchIndex } from './index';
import { searchPage } from './page-query';
import { searchTableWrites } from './table-writes';
import { queryStems, SEARCH_LANGUAGES, snippetParts, stems, type SearchLocale } from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

interface HitRow extends SearchHitRow {
  body: string;
}

/** An FTS5 expression that needs every stem (each quoted: no query syntax gets through). */
const matchExpression = (stemList: string[]) =>
  stemList.map((stem) => `"${stem.replaceAll('"', '""')}"`).join(' AND ');

/** What FTS5 matches: the stems of the title and of the text, in the entry's language. */
const engineColumns = (entry: SearchEntry) => ({
  title_stems: stems(entry.title, entry.locale),
  text_stems: stems(entry.text, entry.locale),
});

/**
 * SQLite's FTS5 over stems: FTS5 stems English only (porter), so each version's words are stemmed
 * here with its language's Snowball stemmer (@orama/stemmers) and indexed as stems; queries are
 * stemmed the same way per language. bm25 ranks, the title weighted ten times the text. Each
 * language's matches are one FTS5 query; the union is ranked and paged by `searchPage`.
 */
export function sqliteSearchIndex(db: Core.Strapi['db']['connection']): SearchIndex {
  return {
    async ensure() {
      await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS search_entries USING fts5(
        title_stems, text_stems,
        content_type UNINDEXED, document_id UNINDEXED, locale UNINDEXED,
        slug UNINDEXED, title UNINDEXED, body UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      )`);
    },
    ...searchTableWrites(db, engineColumns),
    async page(query, window) {
      const branches = LOCALES.flatMap((locale) => {
        const stemList = queryStems(query, locale);
        return stemList.length ? [{ locale, match: matchExpression(stemList) }] : [];
      });
      if (!branches.length) return { counts: [], ids: [] };
      const matched = branches
        .map(
          ({ locale }) =>
            `SELECT rowid AS id, content_type, document_id, locale = :locale AS preferred,
                    -bm25(search_entries, 10.0, 1.0) AS rank
             FROM search_entries
             WHERE search_entries MATCH :match_${locale} AND locale = '${locale}'`,
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
        .select({ id: 'rowid' }, 'content_type', 'document_id', 'locale', 'slug', 'title', 'body')
        .whereIn('rowid', ids)) as HitRow[];
      return rows.map((row) =>
        searchHitOf(
          row,
          snippetParts(row.body, new Set(queryStems(query, row.locale)), row.locale),
        ),
      );
    },
  };
}
