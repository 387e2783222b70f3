import type { Core } from '@strapi/strapi';
import { afterCommit } from '../../../../database/after-commit';
import { runInBackground } from '../../../../utils/background';

const PUBLICATION = 'api::publication.publication';

const distribution = (strapi: Core.Strapi) => strapi.plugin('network').service('distribution');

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
