/**
 * With REDIS_URL, two site replicas share one page cache: a page rendered by one is served by the
 * other without asking the CMS, a purge through either empties it for both, and every entry has a
 * TTL. A form answered by one replica is shown by the other. Real Redis (the machine's, 127.0.0.1:6379, or MDLE_TEST_REDIS_URL), a key prefix of its own.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountingProxy, RunningServer } from '@mdle/test-utils';
import { startOwnSites, type OwnSites } from './fixtures/own-sites';

const REDIS_URL = process.env.MDLE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PUBLICATION = '/publications/drug-markets-security-foreign-aid';

describe('page cache in Redis: shared by replicas, purged for all', () => {
  const prefix = `mdle-test-${randomBytes(6).toString('hex')}`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let own: OwnSites;
  let cms: CountingProxy;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    await redis.connect();
    own = await startOwnSites(
      {
        REDIS_URL,
        NUXT_REDIS_PREFIX: prefix,
        // Every request reads the page cache (no replays), so what is shared is what is seen.
        NUXT_HOT_RESPONSES_SECONDS: '0',
      },
      2,
    );
    cms = own.cms;
    [first, second] = own.sites as [RunningServer, RunningServer];
  });
  afterAll(async () => {
    await own?.stop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const get = async (replica: RunningServer, path: string) => {
    const response = await fetch(replica.url + path);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('serves from one replica the page the other rendered, without the CMS', async () => {
    const rendered = await get(first, PUBLICATION);
    const requestsAfterRender = cms.requests;
    expect(requestsAfterRender).toBeGreaterThan(0);
    expect(await get(second, PUBLICATION)).toBe(rendered);
    expect(cms.requests).toBe(requestsAfterRender);
    // The entries are in Redis, each with a TTL.
    const keys = await redis.keys(`${prefix}:cache:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await redis.ttl(key), key).toBeGreaterThan(0);
  });

  it('empties the page cache of every replica when one is purged', async () => {
    await get(first, PUBLICATION);
    expect(await own.purge(second)).toBeGreaterThan(0);
    expect(await redis.keys(`${prefix}:cache:*`)).toEqual([]);
    const requestsBefore = cms.requests;
    await get(first, PUBLICATION);
    expect(cms.requests, 'the page is rendered again').toBeGreaterThan(requestsBefore);
  });

  it('shows on one replica the answer to a form posted through the other, once', async () => {
    const posted = await fetch(`${first.url}/api/network/sign-up?locale=en`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ name: 'Replica Visitor' }),
    });
    expect(posted.status).toBe(303);
    const cookie = (posted.headers.get('set-cookie') ?? '').split(';')[0]!;
    const [key] = await redis.keys(`${prefix}:form-answers:*`);
    expect(await redis.ttl(key!)).toBeGreaterThan(0);
    const answer = await fetch(`${second.url}/network/answer`, { headers: { cookie } });
    expect(await answer.text()).toContain('value="Replica Visitor"');
    expect(await redis.keys(`${prefix}:form-answers:*`)).toEqual([]);
  });
});
