import { assertTrustedProxies } from './client-ip';

/** Secrets the CMS cannot run without (see .env.example). */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'NETWORK_TOKEN_SECRET',
] as const;

/** Secrets that are optional, but must be strong when set. */
const OPTIONAL_SECRETS = ['SITE_REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const;

/** Shorter than this is guessable; `./mdle env:init` generates 22 to 43 characters. */
export const MIN_SECRET_LENGTH = 16;

/**
 * Values that are not secrets: our `.env.example` placeholder, Strapi's template values, and the
 * usual stand-ins people paste from documentation.
 */
const KNOWN_VALUES =
  /^(<.*>|tobemodified\d*|changeme|change-me|secret|password|example|test|dev|default|xxx+)$/i;

/** Why `value` cannot be used as a secret, or undefined when it can. */
export function secretProblem(value: string | undefined): string | undefined {
  if (!value?.trim()) return 'missing';
  if (KNOWN_VALUES.test(value.trim())) return `a placeholder ("${value.trim()}")`;
  if (value.trim().length < MIN_SECRET_LENGTH)
    return `too short (at least ${MIN_SECRET_LENGTH} characters)`;
  return undefined;
}

/**
 * Fails at start with one message naming every missing, placeholder or weak secret and what to
 * do, instead of Strapi's generic errors deep inside a stack trace (or, worse, a CMS signing
 * tokens with "<generated>"). Not checked by `strapi build`, which needs no secrets.
 */
export function assertSecretsPresent(env: NodeJS.ProcessEnv = process.env): void {
  const problems: string[] = [];
  for (const name of REQUIRED_SECRETS) {
    // APP_KEYS is a list: each key must be a secret of its own.
    const values = name === 'APP_KEYS' ? (env[name] ?? '').split(',') : [env[name]];
    const problem = values.map(secretProblem).find(Boolean);
    if (problem) problems.push(`${name} is ${problem}`);
  }
  for (const name of OPTIONAL_SECRETS) {
    const problem = env[name] ? secretProblem(env[name]) : undefined;
    if (problem) problems.push(`${name} is ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start: ${problems.join('; ')}. Run "./mdle env:init" to generate ` +
        'secrets into .env (it replaces placeholders), or set them in the environment (see .env.example).',
    );
  }
  assertTrustedProxies();
}

/** Public URL of the site (SITE_PUBLIC_URL), without a trailing slash: email links, previews. */
export const publicSiteUrl = (): string =>
  (process.env.SITE_PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '');
