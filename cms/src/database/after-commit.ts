import type { Core } from '@strapi/strapi';

/**
 * Runs `work` now (and waits for it), or, inside a transaction, once that transaction has
 * committed (never if it rolls back). Strapi's nested `transaction()` joins the one under way, and
 * its commit callbacks run after the outermost commit, unawaited.
 */
export async function afterCommit(
  strapi: Core.Strapi,
  work: () => Promise<unknown> | void,
): Promise<void> {
  if (!strapi.db.inTransaction()) {
    await work();
    return;
  }
  await strapi.db.transaction(({ onCommit }) => onCommit(() => void work()));
}
