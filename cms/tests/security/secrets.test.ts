/**
 * Known or weak secrets: the CMS refuses to start with a placeholder (`<generated>` left by a
 * copied .env.example), a template value or a short secret, and refuses to create the first
 * admin with a weak password. These are the functions the CMS runs at start (register and
 * bootstrap).
 */
import { describe, expect, it } from 'vitest';
import { generateCmsSecrets } from '@mdle/test-utils';
import { adminPasswordProblem } from '../../src/bootstrap/admin-user';
import { assertSecretsPresent, REQUIRED_SECRETS } from '../../src/utils/env';

const strong = (): Record<string, string> => ({
  ...generateCmsSecrets(),
  TRUSTED_PROXIES: 'loopback',
});

describe('security: no known secret reaches a running CMS', () => {
  it('starts with freshly generated secrets', () => {
    expect(() => assertSecretsPresent(strong())).not.toThrow();
  });

  it.each(REQUIRED_SECRETS)(
    'refuses %s left as "<generated>", a template value or too short',
    (name) => {
      for (const [value, reason] of [
        ['<generated>', /a placeholder/],
        ['tobemodified', /a placeholder/],
        ['changeme', /a placeholder/],
        ['', /missing/],
        ['short-secret', /too short/],
      ] as const) {
        expect(
          () => assertSecretsPresent({ ...strong(), [name]: value }),
          `${name}=${value}`,
        ).toThrow(new RegExp(`${name} is ${reason.source}`));
      }
    },
  );

  it('checks each of the APP_KEYS, and an optional secret when it is set', () => {
    const env = strong();
    expect(() => assertSecretsPresent({ ...env, APP_KEYS: `${env.APP_KEYS},<generated>` })).toThrow(
      /APP_KEYS is a placeholder/,
    );
    expect(() => assertSecretsPresent({ ...env, SITE_REVALIDATE_SECRET: '<generated>' })).toThrow(
      /SITE_REVALIDATE_SECRET is a placeholder/,
    );
    expect(() => assertSecretsPresent({ ...env, SITE_REVALIDATE_SECRET: '' })).not.toThrow();
  });

  it('names every bad secret in one message, with what to do', () => {
    expect(() =>
      assertSecretsPresent({ ...strong(), JWT_SECRET: '<generated>', ENCRYPTION_KEY: 'x' }),
    ).toThrow(/JWT_SECRET is a placeholder.*ENCRYPTION_KEY is too short.*mdle env:init/);
  });

  it.each([
    ['<generated>', /placeholder/],
    ['Password1', /fewer than 12/],
    ['alllowercase-123', /upper-case/],
    ['Editor-in-chief-2026', /contains the email/],
    ['Aa1Aa1Aa1Aa1Aa1', /distinct characters/],
  ])('refuses the first admin password %j', (password, reason) => {
    expect(adminPasswordProblem(password, 'editor-in-chief@example.org')).toMatch(reason);
  });

  it('accepts a strong first admin password, and the generated one', () => {
    expect(adminPasswordProblem('Correct-Horse-42-Battery', 'editor@example.org')).toBeUndefined();
  });
});
