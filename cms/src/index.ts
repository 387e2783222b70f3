import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { enforceAdminRoles } from './bootstrap/admin-roles';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { ensureLocales } from './bootstrap/locales';
import { ensureNetworkContactEmailIndex } from './bootstrap/network-contact-email';
import {
  ensureDeliveryIndex,
  queuePublicationsOnPublish,
  startDistributionWorker,
  stopDistributionWorker,
} from './bootstrap/network-distribution';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { ensureSearchIndex, indexDocumentsOnWrite } from './bootstrap/search-index';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { removeInternalContentApiRoutes } from './access/internal-routes';
import { cachePublicPermissions, enforcePublicPermissions } from './access/public-permissions';
import { registerPreviewReads } from './access/preview-reads';
import { enforcePublishedOnlyReads } from './access/published-only';
import { restrictPublicReadsToPublishedRows } from './access/published-rows';
import { registerNetworkAdminRoutes } from './api/network-contact/admin-routes';
import { receiveReportsThroughIntake } from './api/report-submission/lib/intake';
import { readDocumentsWithoutTransaction } from './database/reads-without-transaction';
import { hasBeenSeeded, seed } from './seed';
import { batchGraphQLRelationLoads } from './extensions/graphql/batched-relations';
import { checkGraphQLQueriesOncePerRequest } from './extensions/graphql/query-checks';
import { flushGraphQLCacheOnContentChange } from './extensions/graphql/response-cache';
import { hidePrivateTypesFromGraphQL } from './extensions/graphql/private-types';
import { usePlainFieldResolvers } from './extensions/graphql/plain-fields';
import { resolveRelationQueriesOncePerRequest } from './extensions/graphql/relation-queries';
import { restrictPublicSchema } from './extensions/graphql/public-schema';
import { addSearchToGraphQL } from './extensions/graphql/search';
import { assertSecretsPresent } from './utils/env';
import { closeSharedRedis, connectSharedRedis } from './utils/redis';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertSecretsPresent();
    hidePrivateTypesFromGraphQL(strapi);
    restrictPublicSchema(strapi);
    usePlainFieldResolvers(strapi);
    resolveRelationQueriesOncePerRequest(strapi);
    enforcePublishedOnlyReads(strapi);
    registerPreviewReads(strapi);
    removeInternalContentApiRoutes(strapi);
    queuePublicationsOnPublish(strapi);
    flushGraphQLCacheOnContentChange(strapi);
    indexDocumentsOnWrite(strapi);
    addSearchToGraphQL(strapi);
    registerNetworkAdminRoutes(strapi);
    receiveReportsThroughIntake(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchGraphQLRelationLoads(strapi);
    readDocumentsWithoutTransaction(strapi);
    restrictPublicReadsToPublishedRows(strapi);
    checkGraphQLQueriesOncePerRequest(strapi);
    await connectSharedRedis(strapi.log);
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    cachePublicPermissions(strapi);
    await enforceAdminRoles(strapi);
    await applyAdminLayouts(strapi);
    await ensureNetworkContactEmailIndex(strapi);
    await ensureDeliveryIndex(strapi);
    await ensureQueryIndexes(strapi);
    await ensureSearchIndex(strapi);
    await ensureFirstAdmin(strapi);
    await ensureSiteWebhook(strapi);
    // Starting content goes into an empty database only: entries editors delete stay deleted.
    if (process.env.CMS_SEED !== 'false' && !(await hasBeenSeeded(strapi))) {
      const report = await seed(strapi);
      strapi.log.info(`Seeded the starting content (${report.created.length} entries).`);
    }
    startDistributionWorker(strapi);
  },

  async destroy() {
    await stopDistributionWorker();
    await closeSharedRedis();
  },
};
