import type { Core } from '@strapi/strapi';
import type { SearchPage, SearchWindow } from './index';
import { SEARCH_TYPES, type SearchType } from './searchable';
import { SEARCH_LANGUAGES, type SearchLocale } from './text';

const LOCALES = Object.keys(SEARCH_LANGUAGES) as SearchLocale[];

/** How one engine finds matches; the rest of a search's SQL (`pageQuery`) is shared. */
export interface MatchSql {
  /** Common table expressions put before the page's own, each followed by a comma. */
  prelude?: string;
  /**
   * The matches among versions in `locale`, as `id`, `document` (a number per document), `type`
   * (as `typeValue` gives it) and `rank` (higher is better). Versions of the documents that
   * `exceptDocuments` (a subquery) selects are left out before they are ranked.
   */
  matches(locale: SearchLocale, exceptDocuments?: string): string;
  /** A kind as `matches` selects it in `type` (its name, or a number). */
  typeValue(type: SearchType): string | number;
  /** The named bindings `matches` and `prelude` use. */
  bindings: Record<string, unknown>;
}

/** A hit of the page (id set) or the count of one kind (id null). */
interface PageRow {
  id: number | null;
  type: string | number | null;
  /** The hit's place on the page (SQL keeps no order across a UNION). */
  ordinal: number | string | null;
  type_count: number | string | null;
}

/**
 * The part of a search both engines share, in SQL that both run: keep one version per document
 * (the visitor's language when it matches, else the best ranked), count each kind, cut one page.
 * Only ids and counts leave the database.
 * Every match in the visitor's language is shown, so only the other languages' matches are
 * grouped by document, and only those whose document has no match in the visitor's language
 * are ranked at all: ranking is most of a broad search's time, and ranking every version then
 * keeping one per document cost twice that (8.9 → 4.8 ms for 2,000 documents in two languages).
 * Ties in rank go by document, so the order survives a rebuild.
 */
function pageQuery(sql: MatchSql, window: SearchWindow): string {
  const others = LOCALES.filter((locale) => locale !== window.locale).map((locale) =>
    sql.matches(locale, 'SELECT document FROM preferred'),
  );
  return `WITH ${sql.prelude ?? ''}
    preferred AS MATERIALIZED (${sql.matches(window.locale)}),
    others AS MATERIALIZED (${others.join(' UNION ALL ')}),
    chosen AS (
      SELECT id, document, type, rank FROM preferred
      UNION ALL
      SELECT id, document, type, rank FROM (
        SELECT id, document, type, rank,
          ROW_NUMBER() OVER (PARTITION BY document ORDER BY rank DESC, id) AS version_choice
        FROM others
      ) versions
      WHERE version_choice = 1
    )
    SELECT id, NULL AS type, ROW_NUMBER() OVER (ORDER BY rank DESC, document) AS ordinal,
      NULL AS type_count
    FROM (
      SELECT id, document, rank FROM chosen
      ${window.type ? 'WHERE type = :type' : ''}
      ORDER BY rank DESC, document
      LIMIT :limit OFFSET :offset
    ) page
    UNION ALL
    SELECT NULL, type, NULL, COUNT(*) FROM chosen GROUP BY type`;
}

/** Reads the rows of `pageQuery`: the page's ids in order, then one count per kind. */
function pageOf(rows: PageRow[], sql: MatchSql): SearchPage {
  const counts = new Map<SearchType, number>();
  const page: { id: number; ordinal: number }[] = [];
  for (const row of rows) {
    if (row.id !== null) page.push({ id: Number(row.id), ordinal: Number(row.ordinal) });
    else {
      const type = SEARCH_TYPES.find((candidate) => sql.typeValue(candidate) === row.type);
      if (type) counts.set(type, Number(row.type_count));
    }
  }
  const ids = page.sort((a, b) => a.ordinal - b.ordinal).map((hit) => hit.id);
  return {
    counts: SEARCH_TYPES.flatMap((type) =>
      counts.has(type) ? [{ type, count: counts.get(type)! }] : [],
    ),
    ids,
  };
}

/** One page of a search: the engine's matches, one version per document, counted and cut. */
export async function searchPage(
  db: Core.Strapi['db']['connection'],
  sql: MatchSql,
  window: SearchWindow,
): Promise<SearchPage> {
  const result = (await db.raw(pageQuery(sql, window), {
    ...sql.bindings,
    limit: window.limit,
    offset: window.offset,
    ...(window.type ? { type: sql.typeValue(window.type) } : {}),
  })) as PageRow[] | { rows: PageRow[] };
  // better-sqlite3 answers the rows, pg a result object.
  return pageOf(Array.isArray(result) ? result : result.rows, sql);
}
