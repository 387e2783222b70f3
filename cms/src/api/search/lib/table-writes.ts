import type { Core } from '@strapi/strapi';
import type { SearchEntry, SearchIndex } from './index';
import type { SearchType } from './searchable';

type Db = Core.Strapi['db']['connection'];
const BATCH = 200;

/** The columns both engines keep for an entry. */
const storedColumns = (entry: SearchEntry) => ({
  content_type: entry.type,
  document_id: entry.documentId,
  locale: entry.locale,
  slug: entry.slug,
  title: entry.title,
  body: entry.text,
});

/**
 * The writes both engines make to their `search_entries` table (a plain table on PostgreSQL, an
 * FTS5 table on SQLite): only the columns each engine adds to an entry's row differ.
 */
export function searchTableWrites(
  db: Db,
  engineColumns: (entry: SearchEntry) => Record<string, unknown>,
): Pick<SearchIndex, 'replace' | 'insert' | 'clear' | 'count'> {
  const rowOf = (entry: SearchEntry) => ({ ...storedColumns(entry), ...engineColumns(entry) });
  return {
    async replace(type: SearchType, documentId: string, entries: SearchEntry[]) {
      await db.transaction(async (trx) => {
        await trx('search_entries').where({ content_type: type, document_id: documentId }).delete();
        if (entries.length) await trx('search_entries').insert(entries.map(rowOf));
      });
    },
    async insert(entries: SearchEntry[]) {
      for (let start = 0; start < entries.length; start += BATCH) {
        await db('search_entries').insert(entries.slice(start, start + BATCH).map(rowOf));
      }
    },
    async clear() {
      await db('search_entries').delete();
    },
    async count() {
      const [row] = (await db('search_entries').count({ count: '*' })) as [{ count: unknown }];
      return Number(row.count);
    },
  };
}
