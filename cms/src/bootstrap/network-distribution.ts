import type { Core } from '@strapi/strapi';
import { afterCommit } from '../database/after-commit';
import { runInBackground, settleBackgroundWork } from '../utils/background';

const PUBLICATION = 'api::publication.publication';
const INDEX = 'network_deliveries_once_unique';
let worker: NodeJS.Timeout | undefined;

const distribution = (strapi: Core.Strapi) => strapi.service('api::distribution.distribution');

/**
 * When a publication is published (the admin's Publish button, or the `publish` document action
 * from code), queue it for the network. Only the first publication of a document creates a
 * distribution; later ones find it. Entries created already published (the seed, imports) are
 * not sent: the network hears of new reports, not of the back catalogue.
 * Runs once the publish has committed, outside its transaction: a publish rolled back queues
 * nothing, and the queueing never shares the publishing transaction's connection.
 */
export function queuePublicationsOnPublish(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === PUBLICATION && context.action === 'publish') {
      const documentId = (context.params as { documentId?: string }).documentId;
      if (documentId) {
        // In the background: a publish just before a restart still gets its distribution.
        await afterCommit(strapi, () =>
          runInBackground(
            () => distribution(strapi).queuePublication(documentId),
            (error) =>
              strapi.log.error(
                `Network distribution of ${documentId}: ${(error as Error).message}`,
              ),
          ),
        );
      }
    }
    return result;
  });
}

/**
 * A publication goes to a contact once, whatever happens: enforced by the database (unique
 * publication + contact), not only by code.
 */
export async function ensureDeliveryIndex(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${INDEX} ON network_deliveries (publication_document_id, contact_document_id)`,
  );
}

/**
 * Sends queued emails in batches every NETWORK_DISTRIBUTION_INTERVAL_MS (0: no worker, e.g. in
 * tests that drive batches themselves). The queue lives in the database, so a restart resumes it.
 */
export function startDistributionWorker(strapi: Core.Strapi): void {
  const interval = Number(process.env.NETWORK_DISTRIBUTION_INTERVAL_MS ?? 15_000);
  const batch = Number(process.env.NETWORK_DISTRIBUTION_BATCH ?? 50);
  if (!interval) return;
  let running = false;
  worker = setInterval(() => {
    if (running) return;
    running = true;
    runInBackground(
      () =>
        distribution(strapi)
          .sendBatch(batch)
          .finally(() => {
            running = false;
          }),
      (error) => strapi.log.error(`Network distribution batch: ${(error as Error).message}`),
    );
  }, interval);
  worker.unref();
}

/** Stops the worker and waits for the background work under way (called before the DB closes). */
export async function stopDistributionWorker(): Promise<void> {
  if (worker) clearInterval(worker);
  worker = undefined;
  await settleBackgroundWork();
}
