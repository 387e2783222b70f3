/**
 * Attacker requests that forge X-Forwarded-For to escape the per-visitor rate limits, and the
 * other side of the rule: behind the site (a trusted proxy) each visitor keeps a limit of their
 * own instead of one limit shared by everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSecretsPresent } from '../../src/utils/env';
import { postSignUp, validSignUp } from '../fixtures/network';
import { bootCms, type TestCms } from '../harness';

describe('security: forged forwarding headers', () => {
  let cms: TestCms;
  let nextEmail = 0;
  const signUp = (headers: Record<string, string>) =>
    postSignUp(cms.url, validSignUp({ email: `visitor-${nextEmail++}@example.org` }), headers);

  beforeAll(async () => {
    // The test client (127.0.0.1) is not a trusted proxy until a test says so.
    cms = await bootCms({ TRUSTED_PROXIES: '192.0.2.10', NETWORK_SIGNUP_PER_IP: '3' });
  });
  afterAll(() => cms?.stop());

  it('a direct client that invents a new X-Forwarded-For each time is still one visitor', async () => {
    const statuses = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      statuses.push((await signUp({ 'x-forwarded-for': `198.51.100.${attempt}` })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
  });

  describe('behind the site (the client is a trusted proxy)', () => {
    beforeAll(() => {
      process.env.TRUSTED_PROXIES = 'loopback';
    });

    it('each visitor the site names has a limit of their own', async () => {
      const from = async (ip: string) => (await signUp({ 'x-forwarded-for': ip })).status;
      const first = [];
      for (let attempt = 0; attempt < 4; attempt++) first.push(await from('203.0.113.1'));
      expect(first).toEqual([202, 202, 202, 429]);
      // Another visitor behind the same proxy is not locked out by the first one.
      expect(await from('203.0.113.2')).toBe(202);
    });

    it('a visitor who forges the header still counts as the address the site appended', async () => {
      // The visitor sent "X-Forwarded-For: 10.9.9.9"; the site appended the real address.
      const response = await signUp({ 'x-forwarded-for': '10.9.9.9, 203.0.113.1' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  it('refuses to start with an invalid TRUSTED_PROXIES, saying why', () => {
    const env = { ...process.env, TRUSTED_PROXIES: 'not-an-address' };
    const saved = process.env.TRUSTED_PROXIES;
    process.env.TRUSTED_PROXIES = env.TRUSTED_PROXIES;
    try {
      expect(() => assertSecretsPresent(env)).toThrow(
        /TRUSTED_PROXIES="not-an-address" is invalid/,
      );
    } finally {
      process.env.TRUSTED_PROXIES = saved;
    }
  });
});
