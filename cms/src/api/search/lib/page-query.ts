import type { Core } from '@strapi/strapi';
import type { SearchPage, SearchWindow } from './index';
import { SEARCH_TYPES, type SearchType } from './searchable';

/** A hit of the page (id set) or the count of one kind (id null). */
interface PageRow {
  id: number | null;
  content_type: SearchType;
  /** The hit's place on the page (SQL keeps no order across a UNION). */
  ordinal: number | string | null;
  type_count: number | string | null;
}

/**
 * The part of a search both engines share, in SQL that both run: from `matched` (a query giving
 * every matching version's id, content_type, document_id, document_key, rank and `preferred`, 1
 * when it is in the visitor's language), keep one version per document (the visitor's language
 * when it matches, else the best ranked), count each kind and cut one page. Only ids and counts leave the
 * database. The chosen versions are materialised once and read twice (a top-k sort for the page, a
 * count per kind): one sort of every match instead of three was 24 → 10 ms for 2,000 matches.
 * Ties in rank go by document id, so the order survives a rebuild.
 * Bindings: `:type` (when the window has one), `:limit`, `:offset`.
 */
function pageQuery(matched: string, window: SearchWindow): string {
  return `WITH matched AS MATERIALIZED (${matched}),
    chosen AS MATERIALIZED (
      SELECT id, content_type, document_id, rank FROM (
        SELECT id, content_type, document_id, rank, ROW_NUMBER() OVER (
          PARTITION BY document_key ORDER BY preferred DESC, rank DESC, id
        ) AS version_choice
        FROM matched
      ) versions
      WHERE version_choice = 1
    )
    SELECT id, content_type,
      ROW_NUMBER() OVER (ORDER BY rank DESC, document_id) AS ordinal, NULL AS type_count
    FROM (
      SELECT id, content_type, document_id, rank FROM chosen
      ${window.type ? 'WHERE content_type = :type' : ''}
      ORDER BY rank DESC, document_id
      LIMIT :limit OFFSET :offset
    ) page
    UNION ALL
    SELECT NULL, content_type, NULL, COUNT(*) FROM chosen GROUP BY content_type`;
}

const pageBindings = (window: SearchWindow) => ({
  limit: window.limit,
  offset: window.offset,
  ...(window.type ? { type: window.type } : {}),
});

/** Reads the rows of `pageQuery`: the page's ids in order, then one count per kind. */
function pageOf(rows: PageRow[]): SearchPage {
  const counts = new Map<SearchType, number>();
  const page: { id: number; ordinal: number }[] = [];
  for (const row of rows) {
    if (row.id === null) counts.set(row.content_type, Number(row.type_count));
    else page.push({ id: Number(row.id), ordinal: Number(row.ordinal) });
  }
  const ids = page.sort((a, b) => a.ordinal - b.ordinal).map((hit) => hit.id);
  return {
    counts: SEARCH_TYPES.flatMap((type) =>
      counts.has(type) ? [{ type, count: counts.get(type)! }] : [],
    ),
    ids,
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
  return pageOf(Array.isArray(result) ? result : result.rows);
}
