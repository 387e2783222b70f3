import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { enforceAdminRoles } from './bootstrap/admin-roles';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { ensureLocales } from './bootstrap/locales';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { ensureSearchIndex, indexDocumentsOnWrite } from './bootstrap/search-index';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { enforcePublicPermissions } from './access/public-permissions';
import { registerPreviewReads } from './access/preview-reads';
import { enforcePublishedOnlyReads } from './access/published-only';
import { restrictPublicReadsToPublishedRows } from './access/published-rows';
import { hasBeenSeeded, seed } from './seed';
import { installStrapiPatches, STRAPI_PATCHES } from './patches';
import { flushGraphQLCacheOnContentChange } from './extensions/graphql/response-cache';
import { hidePrivateTypesFromGraphQL } from './extensions/graphql/private-types';
import { addSearchToGraphQL } from './extensions/graphql/search';
import {
  assertSubqueryFilters,
  readWithLocaleFallback,
} from './extensions/graphql/locale-fallback';
import { assertSecretsPresent } from './utils/env';
import { closeSharedRedis, connectSharedRedis } from './utils/redis';
import { listUndatedLast } from './database/undated-last';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertSecretsPresent();
    hidePrivateTypesFromGraphQL(strapi);
    installStrapiPatches(strapi, STRAPI_PATCHES, 'register');
    // Outermost: its two reads of a list each pass through the rules below.
    listUndatedLast(strapi);
    enforcePublishedOnlyReads(strapi);
    registerPreviewReads(strapi);
    // Inside the two above: it sees the status they settle.
    readWithLocaleFallback(strapi);
    flushGraphQLCacheOnContentChange(strapi);
    indexDocumentsOnWrite(strapi);
    addSearchToGraphQL(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    restrictPublicReadsToPublishedRows(strapi);
    await connectSharedRedis(strapi.log);
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    installStrapiPatches(strapi, STRAPI_PATCHES, 'bootstrap');
    await enforceAdminRoles(strapi);
    await assertSubqueryFilters(strapi);
    await applyAdminLayouts(strapi);
    await ensureQueryIndexes(strapi);
    await ensureSearchIndex(strapi);
    await ensureFirstAdmin(strapi);
    await ensureSiteWebhook(strapi);
    // Starting content goes into an empty database only: entries editors delete stay deleted.
    if (process.env.CMS_SEED !== 'false' && !(await hasBeenSeeded(strapi))) {
      const report = await seed(strapi);
      strapi.log.info(`Seeded the starting content (${report.created.length} entries).`);
    }
  },

  async destroy() {
    await closeSharedRedis();
  },
};
