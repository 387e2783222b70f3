import type { Core } from '@strapi/strapi';

const INDEX = 'network_contacts_email_ci_unique';

/**
 * One contact per email address regardless of case, enforced by the database itself (an index on
 * lower(email)), so no code path — admin, import, concurrent sign-ups — can create a duplicate.
 * Strapi's `unique` attribute is only checked in code. Works on SQLite and PostgreSQL.
 */
export async function ensureNetworkContactEmailIndex(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${INDEX} ON network_contacts (LOWER(email))`,
  );
}
