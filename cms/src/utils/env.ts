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

/**
 * Fails at start with one message naming every missing secret and what to do, instead of
 * Strapi's generic errors deep inside a stack trace. Not checked by `strapi build`, which
 * needs no secrets.
 */
export function assertSecretsPresent(env: NodeJS.ProcessEnv = process.env): void {
  const missing = REQUIRED_SECRETS.filter(
    (name) => !env[name]?.trim() || env[name] === 'tobemodified',
  );
  if (missing.length > 0) {
    throw new Error(
      `Missing environment variable(s): ${missing.join(', ')}. Run "./mdle env:init" to generate ` +
        'local secrets into .env, or set them in the environment (see .env.example).',
    );
  }
}
