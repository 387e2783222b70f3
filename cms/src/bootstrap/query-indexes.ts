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
  // Fresh planner statistics, so the indexes above are chosen (cheap at this size).
  await knex.raw('ANALYZE');
}
