/**
 * The embedded SQLite database reuses its prepared statements: better-sqlite3 never gives back a
 * statement's native memory on Node 24, so preparing every query afresh grew the CMS without bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  reusePreparedStatements,
  STATEMENT_CACHE_SIZE,
} from '../src/patches/sqlite-statement-cache';
import { bootCms, type TestCms } from './harness';

interface KnexClient {
  acquireConnection(): Promise<{ prepare(sql: string): unknown }>;
  releaseConnection(connection: unknown): Promise<void>;
}

describe.skipIf(process.env.DATABASE_URL)('SQLite prepared statements', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it('hands the same statement back for the same SQL on the CMS connection', async () => {
    const client = cms.strapi.db.connection.client as KnexClient;
    const connection = await client.acquireConnection();
    try {
      const sql = 'select id from publications where slug = ?';
      expect(connection.prepare(sql)).toBe(connection.prepare(sql));
      expect(connection.prepare(sql)).not.toBe(connection.prepare(`${sql} limit 1`));
    } finally {
      await client.releaseConnection(connection);
    }
  });

  it('keeps native memory flat over 20,000 queries', async () => {
    const knex = cms.strapi.db.connection;
    const run = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        await knex('publications').where('slug', `missing-${index}`).first();
      }
    };
    await run(2000); // warm-up: code, caches and pools reach their working size
    const before = process.memoryUsage().rss;
    await run(20_000);
    const grownMb = (process.memoryUsage().rss - before) / 1e6;
    // A statement leaked per query is ~4 KB: 80 MB here.
    expect(grownMb).toBeLessThan(25);
  });
});

describe('statement cache', () => {
  it('prepares each SQL text once, and forgets the least recently used past its size', () => {
    const prepared: string[] = [];
    const connection = {
      prepare: (sql: string) => {
        prepared.push(sql);
        return { sql };
      },
    };
    reusePreparedStatements(connection, () => {});
    const first = connection.prepare('select 0');
    for (let index = 1; index < STATEMENT_CACHE_SIZE; index += 1) {
      connection.prepare(`select ${index}`);
    }
    expect(connection.prepare('select 0')).toBe(first); // now the most recently used
    connection.prepare('one more'); // the cache is full: `select 1` goes
    expect(prepared).toHaveLength(STATEMENT_CACHE_SIZE + 1);
    connection.prepare('select 0');
    connection.prepare('select 1');
    expect(prepared.slice(-1)).toEqual(['select 1']);
    expect(prepared).toHaveLength(STATEMENT_CACHE_SIZE + 2);
  });
});
