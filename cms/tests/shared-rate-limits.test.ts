/**
 * With REDIS_URL, the per-visitor limits are counted in Redis, so every CMS replica sees the same
 * attempts: what another replica counted refuses a visitor here, and what this one counts is seen
 * there. The other replica is played by a second Redis connection counting under the same keys.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSignUp, validSignUp } from './fixtures/network';
import { bootCms, type TestCms } from './harness';

const REDIS_URL = process.env.MDLE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('rate limits shared by replicas through Redis', () => {
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
});
