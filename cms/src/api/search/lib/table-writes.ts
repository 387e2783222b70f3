import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { SearchEntry, SearchIndex } from './index';
import type { SearchType } from './searchable';

type Db = Core.Strapi['db']['connection'];
const BATCH = 200;

/**
 * A document's number in the index (48 bits of a hash of its kind and id): a search keeps one
 * version per document, and grouping thousands of matches by a number is several times cheaper
 * than by two strings.
 */
export const documentKey = (type: SearchType, documentId: string): number =>
  createHash('sha256').update(`${type}\n${documentId}`).digest().readUIntBE(0, 6);

/** The columns both engines keep for an entry. */
const storedColumns = (entry: SearchEntry) => ({
  content_type: entry.type,
  document_id: entry.documentId,
  document_key: documentKey(entry.type, entry.documentId),
  locale: entry.locale,
  slug: entry.slug,
  title: entry.title,
  body: entry.text,
});

/**
 * The writes both engines make to their `search_entries` table (a plain table: PostgreSQL indexes
 * it with GIN, SQLite with an FTS5 index over it): only the columns each engine adds differ.
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
