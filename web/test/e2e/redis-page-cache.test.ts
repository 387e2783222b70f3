/**
 * With REDIS_URL, two site replicas share one page cache: a page rendered by one is served by the
 * other without asking the CMS, a purge through either empties it for both, and every entry has a
 * TTL. Real Redis (the machine's, 127.0.0.1:6379, or MDLE_TEST_REDIS_URL), a key prefix of its own.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  getFreePort,
  startBuiltWeb,
  startCountingProxy,
  type CountingProxy,
  type RunningServer,
} from '@mdle/test-utils';

const REDIS_URL = process.env.MDLE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PUBLICATION = '/publications/drug-markets-security-foreign-aid';

describe('page cache in Redis: shared by replicas, purged for all', () => {
  const secret = randomBytes(24).toString('base64url');
  const prefix = `mdle-test-${randomBytes(6).toString('hex')}`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let cms: CountingProxy;
  let replicas: RunningServer[] = [];

  beforeAll(async () => {
    await redis.connect();
    cms = await startCountingProxy(inject('cmsUrl'));
    replicas = await Promise.all(
      [0, 1].map(async () =>
        startBuiltWeb({
          port: await getFreePort(),
          cmsUrl: cms.url,
          env: {
            REDIS_URL,
            NUXT_REDIS_PREFIX: prefix,
            NUXT_REVALIDATE_SECRET: secret,
            // Every request reads the page cache (no replays), so what is shared is what is seen.
            NUXT_HOT_RESPONSES_SECONDS: '0',
          },
        }),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await cms?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const get = async (replica: RunningServer, path: string) => {
    const response = await fetch(replica.url + path);
    expect(response.status).toBe(200);
    return response.text();
  };
  const purgeThrough = async (replica: RunningServer) => {
    const response = await fetch(`${replica.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { purged: number }).purged;
  };

  it('serves from one replica the page the other rendered, without the CMS', async () => {
    const [first, second] = replicas as [RunningServer, RunningServer];
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
    const [first, second] = replicas as [RunningServer, RunningServer];
    await get(first, PUBLICATION);
    expect(await purgeThrough(second)).toBeGreaterThan(0);
    expect(await redis.keys(`${prefix}:cache:*`)).toEqual([]);
    const requestsBefore = cms.requests;
    await get(first, PUBLICATION);
    expect(cms.requests, 'the page is rendered again').toBeGreaterThan(requestsBefore);
  });
});
