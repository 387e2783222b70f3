/**
 * With REDIS_URL, the state CMS replicas must share lives in Redis:
 * - the per-visitor limits: what another replica counted refuses a visitor here, and what this one
 *   counts is seen there (the other replica is played by a second connection, same keys);
 * - the anonymous GraphQL response cache: an answer in Redis is what every replica serves, and an
 *   editor's change empties it for all;
 * - the public role's permissions: cached by each replica, dropped by all the moment one changes
 *   them (pub/sub).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSignUp, validSignUp } from './fixtures/network';
import { enforcePublicPermissions } from '../src/access/public-permissions';
import { bootCms, type TestCms } from './harness';

const REDIS_URL = process.env.MDLE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('state shared by CMS replicas through Redis', () => {
  const prefix = `mdle-test-${randomBytes(6).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  // Another replica's sign-up counter: same keys, its own connection.
  const otherReplica = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:rate:sign-up-ip`,
    points: Number.MAX_SAFE_INTEGER,
    duration: 600,
  });
  let cms: TestCms;
  let nextEmail = 0;
  const signUpFrom = async (ip: string) =>
    (
      await postSignUp(cms.url, validSignUp({ email: `shared-limit-${nextEmail++}@example.org` }), {
        'x-forwarded-for': ip,
      })
    ).status;

  beforeAll(async () => {
    cms = await bootCms({
      REDIS_URL,
      REDIS_PREFIX: prefix,
      NETWORK_SIGNUP_PER_IP: '3',
      GRAPHQL_CACHE_TTL: '60',
      // The test client plays the site, which names each visitor.
      TRUSTED_PROXIES: 'loopback',
    });
  });
  afterAll(async () => {
    await cms?.stop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('refuses a visitor whose attempts another replica counted', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await otherReplica.consume('203.0.113.50');
    expect(await signUpFrom('203.0.113.50')).toBe(429);
    expect(await signUpFrom('203.0.113.51')).toBe(202);
  });

  it('counts its own attempts where the other replicas see them', async () => {
    expect(await signUpFrom('203.0.113.60')).toBe(202);
    expect(await signUpFrom('203.0.113.60')).toBe(202);
    expect((await otherReplica.get('203.0.113.60'))?.consumedPoints).toBe(2);
    expect(await redis.pttl(`${prefix}:rate:sign-up-ip:203.0.113.60`)).toBeGreaterThan(0);
  });

  it('serves anonymous GraphQL answers from Redis, emptied there when an editor publishes', async () => {
    const query = '{ topics(locale: "en", sort: "slug") { documentId slug } }';
    const first = await cms.graphql<{ topics: { documentId: string; slug: string }[] }>(query);
    expect(first.status).toBe(200);
    const keys = await redis.keys(`${prefix}:graphql:*`);
    expect(keys.length).toBe(1);
    // Another replica's answer, as Redis holds it, is the one served.
    const stored = JSON.parse((await redis.get(keys[0]!))!) as { value: string };
    const entry = JSON.parse(stored.value) as { data: { topics: { slug: string }[] } };
    entry.data.topics[0]!.slug = 'cached-by-another-replica';
    await redis.set(
      keys[0]!,
      JSON.stringify({ ...stored, value: JSON.stringify(entry) }),
      'KEEPTTL',
    );
    const served = await cms.graphql<{ topics: { slug: string }[] }>(query);
    expect(served.body.data?.topics[0]?.slug).toBe('cached-by-another-replica');

    const topic = first.body.data!.topics[0]!;
    const topics = cms.strapi.documents('api::topic.topic');
    const generation = Number((await redis.get(`${prefix}:graphql-generation`)) ?? 0);
    await topics.publish({ documentId: topic.documentId, locale: 'en' });
    // Emptied before the publish returns, and every replica now keys its answers anew.
    expect(await redis.keys(`${prefix}:graphql:*`)).toEqual([]);
    expect(Number(await redis.get(`${prefix}:graphql-generation`))).toBeGreaterThan(generation);
    const fresh = await cms.graphql<{ topics: { slug: string }[] }>(query);
    expect(fresh.body.data?.topics[0]?.slug).toBe(topic.slug);
  });

  it("stops replaying this replica's kept GET answers once another replica publishes", async () => {
    const url = new URL('/graphql', cms.url);
    url.searchParams.set('query', '{ topics(locale: "en", sort: "slug") { slug } }');
    let queries = 0;
    const count = () => (queries += 1);
    cms.strapi.db.connection.on('query', count);
    const get = async () => {
      queries = 0;
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(200);
      await response.text();
      return queries;
    };
    await get();
    expect(await get()).toBe(0); // replayed from this replica's memory
    // What another replica's publish does: move every replica to the next generation.
    await redis.incr(`${prefix}:graphql-generation`);
    expect(await get()).toBeGreaterThan(0);
    expect(await get()).toBe(0);
    cms.strapi.db.connection.removeListener('query', count);
  });

  it('drops the public permissions on every replica the moment one changes them', async () => {
    const status = async () => (await fetch(`${cms.url}/api/topics?locale=en`)).status;
    expect(await status()).toBe(200);
    // Another replica revokes a permission: its own database write (no lifecycle runs here)…
    const action = 'api::topic.topic.find';
    await cms.strapi.db.connection('up_permissions').where({ action }).del();
    expect(await status(), 'this replica still has the permissions it read').toBe(200);
    // …then its broadcast.
    await redis.publish(`${prefix}:public-permissions-changed`, 'another replica');
    await expect.poll(status, { timeout: 5_000 }).toBe(403);
    // Restored through this replica's own writes, which drop its cache too.
    await enforcePublicPermissions(cms.strapi);
    await expect.poll(status, { timeout: 5_000 }).toBe(200);
  });
});
