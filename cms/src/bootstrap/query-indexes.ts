import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../access/content-visibility';

/**
 * Indexes for the public API's frequent reads, which Strapi does not declare itself. Without them
 * a list, a count or a slug lookup scans the whole table, and a 10,000-publication site answers
 * twice as slowly as a 7-publication one. Idempotent; runs at every start.
 */
// (locale, sort column): the list filter is `locale = ? and published_at is not null`, and the
// index hands rows over already sorted (a range on published_at first would force a sort).
// (locale, id) serves unsorted lists and searches, which Strapi orders by id: the first 20
// matches end the scan instead of every row of the locale being sorted.
const COLUMN_INDEXES: Record<string, string[][]> = {
  publications: [
    ['slug'],
    ['locale', 'title'],
    ['locale', 'publication_date'],
    ['locale', 'published_at'],
    ['locale', 'id'],
  ],
  events: [['slug'], ['locale', 'start_date'], ['locale', 'published_at'], ['locale', 'id']],
  people: [['slug'], ['locale', 'name'], ['locale', 'published_at'], ['locale', 'id']],
  news_articles: [['slug'], ['locale', 'date'], ['locale', 'published_at'], ['locale', 'id']],
  topics: [['slug']],
  organisations: [['slug']],
};

// Text the API searches with `containsi` (Strapi: `LOWER(CAST(column AS VARCHAR)) LIKE '%term%'`,
// which an index on lower(column) serves). On PostgreSQL a trigram index on lower(column) finds
// rare terms without reading every row, and the statistics PostgreSQL keeps for it let the planner
// see that a common term fills a page from the ordered indexes above (without them it guessed one
// match, then read and sorted a whole locale: 8 ms at 7,000 publications instead of 0.3 ms).
// SQLite has no equivalent; it scans, fast enough there.
const SEARCHED_TEXT: Record<string, string[]> = {
  publications: ['title', 'abstract'],
  events: ['title'],
  news_articles: ['title'],
  people: ['name'],
};

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes = Object.entries(COLUMN_INDEXES).flatMap(([table, sets]) =>
    sets.map((columns) => ({ table, columns })),
  );
  // Relation tables: Strapi indexes each side alone; loading a relation for a page of entries
  // ("authors of these 20 publications") needs both sides together.
  for (const uid of PUBLIC_CONTENT_TYPES) {
    for (const attribute of Object.values(strapi.db.metadata.get(uid).attributes)) {
      const joinTable = (attribute as { joinTable?: JoinTable }).joinTable;
      if (joinTable?.inverseJoinColumn) {
        indexes.push({
          table: joinTable.name,
          columns: [joinTable.inverseJoinColumn.name, joinTable.joinColumn.name],
        });
      }
    }
  }

  const knex = strapi.db.connection;
  for (const { table, columns } of indexes) {
    const name = `mdle_${table}_${columns.join('_')}_idx`.slice(0, 63);
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [
      name,
      table,
      ...columns,
    ]);
  }
  if (strapi.db.dialect.client === 'postgres') await ensureTrigramIndexes(strapi);
  // Fresh planner statistics, so the indexes above are chosen (cheap at this size).
  await knex.raw('ANALYZE');
}

async function ensureTrigramIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  try {
    // A trusted extension (PostgreSQL 13+): the database owner may create it.
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  } catch (error) {
    strapi.log.warn(
      `Text search stays unindexed: pg_trgm is not available (${(error as Error).message}).`,
    );
    return;
  }
  for (const [table, columns] of Object.entries(SEARCHED_TEXT)) {
    for (const column of columns) {
      await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin (lower(??) gin_trgm_ops)', [
        `mdle_${table}_${column}_trgm_idx`,
        table,
        column,
      ]);
    }
  }
}
