import type { Core } from '@strapi/strapi';
import { searchHitOf, type SearchEntry, type SearchHitRow, type SearchIndex } from './index';
import { searchPage } from './page-query';
import { searchTableWrites } from './table-writes';
import {
  HEADLINE_END,
  HEADLINE_START,
  headlineParts,
  SEARCH_LANGUAGES,
  type SearchLocale,
} from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];
const HEADLINE_OPTIONS = `StartSel="${HEADLINE_START}", StopSel="${HEADLINE_END}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

interface HitRow extends SearchHitRow {
  snippet: string;
}

/** The text search configuration each row is indexed with (its tsvector is generated from it). */
const engineColumns = (entry: SearchEntry) => ({ config: SEARCH_LANGUAGES[entry.locale] });

/**
 * PostgreSQL's own full-text search: each version's tsvector in its language's configuration
 * (`english`, `french`), the title weighted above the text, a GIN index, `websearch_to_tsquery`
 * (which accepts any input), `ts_rank` and `ts_headline`.
 */
export function postgresSearchIndex(db: Core.Strapi['db']['connection']): SearchIndex {
  // One tsquery per language, parsed once; each version is matched with its own language's.
  const queries = `q AS (SELECT ${LOCALES.map(
    (locale) => `websearch_to_tsquery('${SEARCH_LANGUAGES[locale]}', :query) AS ${locale}`,
  ).join(', ')}),`;
  return {
    async ensure() {
      await db.raw(`CREATE TABLE IF NOT EXISTS search_entries (
        id serial PRIMARY KEY,
        content_type text NOT NULL,
        document_id text NOT NULL,
        document_key bigint NOT NULL,
        locale text NOT NULL,
        slug text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        config regconfig NOT NULL,
        tsv tsvector GENERATED ALWAYS AS
          (setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'B')) STORED,
        UNIQUE (content_type, document_id, locale)
      )`);
      // An index from before document keys: emptied and given the column; the start (an empty
      // index) indexes everything again.
      const { rows: keyColumn } = (await db.raw(
        `SELECT 1 FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = 'search_entries'
           AND column_name = 'document_key'`,
      )) as { rows: unknown[] };
      if (!keyColumn.length) {
        await db.raw('DELETE FROM search_entries');
        await db.raw('ALTER TABLE search_entries ADD COLUMN document_key bigint NOT NULL');
      }
      // One GIN index per language: a language's matches are read from its own index, not
      // fetched from the table to be told apart by locale. Without a pending list (fastupdate):
      // after a rebuild, every search scanned the unsorted pending entries until a vacuum merged
      // them (a selective search at 10,000 publications: 1.7 → 0.15 ms). The index changes only
      // on publish, so slower writes cost nothing a visitor sees.
      for (const locale of LOCALES) {
        await db.raw(`CREATE INDEX IF NOT EXISTS search_entries_tsv_${locale} ON search_entries
          USING GIN (tsv) WITH (fastupdate = off) WHERE locale = '${locale}'`);
      }
      // Earlier versions' one index for every language.
      await db.raw('DROP INDEX IF EXISTS search_entries_tsv');
    },
    ...searchTableWrites(db, engineColumns),
    page(query, window) {
      return searchPage(
        db,
        {
          prelude: queries,
          matches: (locale, exceptDocuments) =>
            `SELECT id, document_key AS document, content_type AS type,
                ts_rank(tsv, q.${locale}) AS rank
              FROM search_entries, q
              WHERE locale = '${locale}' AND tsv @@ q.${locale}
              ${exceptDocuments ? `AND document_key NOT IN (${exceptDocuments})` : ''}`,
          typeValue: (type) => type,
          bindings: { query },
        },
        window,
      );
    },
    async hits(query, ids) {
      if (!ids.length) return [];
      const { rows } = (await db.raw(
        `SELECT id, content_type, document_id, locale, slug, title,
                ts_headline(config, body, websearch_to_tsquery(config, :query), :options) AS snippet
         FROM search_entries WHERE id = ANY(:ids)`,
        { query, options: HEADLINE_OPTIONS, ids },
      )) as { rows: HitRow[] };
      return rows.map((row) => searchHitOf(row, headlineParts(row.snippet)));
    },
  };
}
