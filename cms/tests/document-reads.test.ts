/**
 * Document reads run their statements without a transaction; writes keep theirs, even when they
 * start inside a read.
 */
import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

const TOPIC = 'api::topic.topic' as UID.ContentType;

describe('document reads and transactions', () => {
  let cms: TestCms;
  let writeWhileReading = false;
  let removeMiddleware: () => void;
  beforeAll(async () => {
    cms = await bootCms();
    // A write in its own transaction, started inside a read by a middleware.
    const use = cms.strapi.documents.use as unknown as (...args: unknown[]) => () => void;
    removeMiddleware = use(
      async (context: { action: string; uid: string }, next: () => unknown) => {
        if (writeWhileReading && context.action === 'findMany' && context.uid === TOPIC) {
          writeWhileReading = false;
          await cms.strapi.db.transaction(() =>
            cms.strapi.db.query(TOPIC).create({
              data: { title: 'Written while reading', slug: 'written-while-reading', locale: 'en' },
            }),
          );
        }
        return next();
      },
    );
  });
  afterAll(async () => {
    removeMiddleware?.();
    await cms?.stop();
  });

  /** The SQL statements `run` sends, in order. */
  const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
    const statements: string[] = [];
    const listener = ({ sql }: { sql: string }) => statements.push(sql.trim().toLowerCase());
    cms.strapi.db.connection.on('query', listener);
    try {
      await run();
    } finally {
      cms.strapi.db.connection.off('query', listener);
    }
    return statements;
  };
  const isBegin = (sql: string) => sql.startsWith('begin');

  it('reads without BEGIN and COMMIT, and finds the same entries', async () => {
    const statements = await statementsOf(() =>
      cms.strapi.documents(TOPIC).findMany({ locale: 'en', status: 'published' }),
    );
    expect(
      statements.some((sql) => sql.includes('from `topics`') || sql.includes('"topics"')),
    ).toBe(true);
    expect(statements.filter(isBegin)).toEqual([]);
    const topics = await cms.strapi
      .documents(TOPIC)
      .findMany({ locale: 'en', status: 'published' });
    const stored = await cms.strapi.db
      .query(TOPIC)
      .findMany({ where: { locale: 'en', publishedAt: { $notNull: true } } });
    expect(topics.map(({ id }) => id).sort()).toEqual(stored.map(({ id }) => id).sort());
  });

  it('writes in a transaction, also when the write starts inside a read', async () => {
    const create = await statementsOf(() =>
      cms.strapi.documents(TOPIC).create({
        locale: 'en',
        data: { title: 'Written alone', slug: 'written-alone' } as never,
      }),
    );
    // The write's own statements, up to its commit (the search index is updated after it).
    const commit = create.findIndex((sql) => sql.startsWith('commit'));
    expect(commit).toBeGreaterThan(-1);
    expect(create.slice(0, commit + 1).filter(isBegin)).toHaveLength(1);

    writeWhileReading = true;
    const nested = await statementsOf(() => cms.strapi.documents(TOPIC).findMany({ locale: 'en' }));
    expect(writeWhileReading).toBe(false); // the write did run
    const insert = nested.findIndex((sql) => sql.startsWith('insert into'));
    expect(insert).toBeGreaterThan(-1);
    expect(nested.slice(0, insert).filter(isBegin)).toHaveLength(1);
  });
});
