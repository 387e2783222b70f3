import type { Core } from '@strapi/strapi';
import type { SearchPage, SearchWindow } from './index';
import { SEARCH_TYPES, type SearchType } from './searchable';

interface PageRow {
  id: number;
  content_type: SearchType;
  type_count: number | string;
  first_of_type: number | string;
  position: number | string;
}

/**
 * The part of a search both engines share, in SQL that both run: from `matched` (a query giving
 * every matching version's id, content_type, document_id, locale, title and rank), keep one version per
 * document (the visitor's language when it matches, else the best ranked), count each kind and
 * cut one page. Only ids and counts leave the database, so the cost of a query matching thousands
 * of versions stays in the engine. Ties in rank go by title, so the order survives a rebuild.
 * Bindings: `:locale`, `:type` (when the window has one), `:first`, `:last`.
 */
function pageQuery(matched: string, window: SearchWindow): string {
  const position = window.type
    ? `CASE WHEN content_type = :type THEN rank_in_type ELSE 0 END`
    : 'rank_overall';
  return `WITH matched AS (${matched}),
    chosen AS (
      SELECT id, content_type, title, rank FROM (
        SELECT id, content_type, title, rank, ROW_NUMBER() OVER (
          PARTITION BY content_type, document_id
          ORDER BY CASE WHEN locale = :locale THEN 0 ELSE 1 END, rank DESC, id
        ) AS version_choice
        FROM matched
      ) versions
      WHERE version_choice = 1
    ),
    ranked AS (
      SELECT id, content_type,
        COUNT(*) OVER (PARTITION BY content_type) AS type_count,
        ROW_NUMBER() OVER (PARTITION BY content_type ORDER BY rank DESC, title, id) AS rank_in_type,
        ROW_NUMBER() OVER (ORDER BY rank DESC, title, id) AS rank_overall
      FROM chosen
    )
    SELECT id, content_type, type_count,
      CASE WHEN rank_in_type = 1 THEN 1 ELSE 0 END AS first_of_type,
      ${position} AS position
    FROM ranked
    WHERE rank_in_type = 1 OR ${position} BETWEEN :first AND :last`;
}

const pageBindings = (window: SearchWindow) => ({
  locale: window.locale,
  first: window.offset + 1,
  last: window.offset + window.limit,
  ...(window.type ? { type: window.type } : {}),
});

/** Reads the rows of `pageQuery`: one row per kind carries its count, the page's rows their position. */
function pageOf(rows: PageRow[], window: SearchWindow): SearchPage {
  const counts = new Map<SearchType, number>();
  const page: { id: number; position: number }[] = [];
  for (const row of rows) {
    if (Number(row.first_of_type)) counts.set(row.content_type, Number(row.type_count));
    const position = Number(row.position);
    if (position > window.offset && position <= window.offset + window.limit) {
      page.push({ id: Number(row.id), position });
    }
  }
  return {
    counts: SEARCH_TYPES.flatMap((type) =>
      counts.has(type) ? [{ type, count: counts.get(type)! }] : [],
    ),
    ids: page.sort((a, b) => a.position - b.position).map((entry) => entry.id),
  };
}

/**
 * One page of a search: `matched` (SQL, with its own named bindings) ranked, one version per
 * document, counted and cut (see pageQuery).
 */
export async function searchPage(
  db: Core.Strapi['db']['connection'],
  matched: string,
  matchedBindings: Record<string, unknown>,
  window: SearchWindow,
): Promise<SearchPage> {
  const result = (await db.raw(pageQuery(matched, window), {
    ...matchedBindings,
    ...pageBindings(window),
  })) as PageRow[] | { rows: PageRow[] };
  // better-sqlite3 answers the rows, pg a result object.
  return pageOf(Array.isArray(result) ? result : result.rows, window);
}
