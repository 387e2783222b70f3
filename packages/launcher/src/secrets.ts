import { randomBytes } from 'node:crypto';

/** A random secret, URL-safe (24 bytes: 32 characters). */
export const generateSecret = (bytes = 24): string => randomBytes(bytes).toString('base64url');
const secret = generateSecret;

/** Fresh values for every secret the CMS needs; used by `./mdle env:init` and by test servers. */
export function generateCmsSecrets(): Record<string, string> {
  return {
    APP_KEYS: Array.from({ length: 4 }, () => secret(16)).join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(32),
    // Signs the confirmation and unsubscribe links of network emails.
    NETWORK_TOKEN_SECRET: secret(32),
    // Shared by the CMS publish webhook and the site's cache-purge endpoint.
    SITE_REVALIDATE_SECRET: secret(),
    // Signs preview links and the site's draft reads (shared with the site).
    PREVIEW_SECRET: secret(32),
  };
}

/** A password that satisfies Strapi's admin rules (length, upper and lower case, digit). */
export function generateAdminPassword(): string {
  return `Mdle-${secret(12)}-9a`;
}
