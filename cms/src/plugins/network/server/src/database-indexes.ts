import type { Core } from '@strapi/strapi';

/**
 * Rules the database enforces itself, so no code path (admin, import, concurrent requests) can
 * break them. Strapi's `unique` attribute is only checked in code. Works on SQLite and PostgreSQL.
 * - One contact per email address regardless of case (an index on lower(email)).
 * - A publication goes to a contact once, whatever happens (unique publication + contact).
 */
export async function ensureNetworkIndexes(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS network_contacts_email_ci_unique ON network_contacts (LOWER(email))`,
  );
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS network_deliveries_once_unique ON network_deliveries (publication_document_id, contact_document_id)`,
  );
}
