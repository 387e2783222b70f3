import type { Core } from '@strapi/strapi';
import type { SearchEntry, SearchIndex, SearchMatch } from './index';
import { searchTableWrites } from './table-writes';
import type { SearchType } from './searchable';
import {
  queryStems,
  SEARCH_LANGUAGES,
  snippetParts,
  stems,
  type SearchLocale,
  type SnippetPart,
} from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

interface MatchRow {
  id: number;
  content_type: SearchType;
  document_id: string;
  locale: SearchLocale;
  slug: string;
  title: string;
  rank: number;
}

/** An FTS5 expression that needs every stem (each quoted: no query syntax gets through). */
const matchExpression = (stemList: string[]) =>
  stemList.map((stem) => `"${stem.replaceAll('"', '""')}"`).join(' AND ');

const rowOf = (entry: SearchEntry) => ({
  title_stems: stems(entry.title, entry.locale),
  text_stems: stems(entry.text, entry.locale),
  content_type: entry.type,
  document_id: entry.documentId,
  locale: entry.locale,
  slug: entry.slug,
  title: entry.title,
  body: entry.text,
});

/**
 * SQLite's FTS5 over stems: FTS5 stems English only (porter), so each version's words are stemmed
 * here with its language's Snowball stemmer (@orama/stemmers) and indexed as stems; queries are
 * stemmed the same way per language. bm25 ranks, the title weighted ten times the text.
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
    ...searchTableWrites(db, rowOf),
    async matches(query, limit) {
      const found: SearchMatch[] = [];
      for (const locale of LOCALES) {
        const stemList = queryStems(query, locale);
        if (!stemList.length) continue;
        const rows = (await db.raw(
          `SELECT rowid AS id, content_type, document_id, locale, slug, title,
                  -bm25(search_entries, 10.0, 1.0) AS rank
           FROM search_entries
           WHERE search_entries MATCH ? AND locale = ?
           ORDER BY rank DESC
           LIMIT ?`,
          [matchExpression(stemList), locale, limit],
        )) as MatchRow[];
        for (const row of rows) {
          found.push({
            id: row.id,
            type: row.content_type,
            documentId: row.document_id,
            locale: row.locale,
            slug: row.slug,
            title: row.title,
            rank: row.rank,
          });
        }
      }
      return found.sort((a, b) => b.rank - a.rank).slice(0, limit);
    },
    async snippets(query, matches) {
      if (!matches.length) return new Map();
      const rows = (await db('search_entries')
        .select({ id: 'rowid' }, 'body', 'locale')
        .whereIn(
          'rowid',
          matches.map((match) => match.id),
        )) as { id: number; body: string; locale: SearchLocale }[];
      return new Map<number, SnippetPart[]>(
        rows.map((row) => [
          row.id,
          snippetParts(row.body, new Set(queryStems(query, row.locale)), row.locale),
        ]),
      );
    },
  };
}
