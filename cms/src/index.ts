import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { enforceAdminRoles } from './bootstrap/admin-roles';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { ensureLocales } from './bootstrap/locales';
import { ensureNetworkContactEmailIndex } from './bootstrap/network-contact-email';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { removeInternalContentApiRoutes } from './access/internal-routes';
import { enforcePublicPermissions } from './access/public-permissions';
import { enforcePublishedOnlyReads } from './access/published-only';
import { hasBeenSeeded, seed } from './seed';
import { batchGraphQLRelationLoads } from './extensions/graphql/batched-relations';
import { hidePrivateTypesFromGraphQL } from './extensions/graphql/private-types';
import { restrictPublicSchema } from './extensions/graphql/public-schema';
import { assertSecretsPresent } from './utils/env';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertSecretsPresent();
    hidePrivateTypesFromGraphQL(strapi);
    restrictPublicSchema(strapi);
    enforcePublishedOnlyReads(strapi);
    removeInternalContentApiRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchGraphQLRelationLoads(strapi);
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    await enforceAdminRoles(strapi);
    await applyAdminLayouts(strapi);
    await ensureNetworkContactEmailIndex(strapi);
    await ensureQueryIndexes(strapi);
    await ensureFirstAdmin(strapi);
    // Starting content goes into an empty database only: entries editors delete stay deleted.
    if (process.env.CMS_SEED !== 'false' && !(await hasBeenSeeded(strapi))) {
      const report = await seed(strapi);
      strapi.log.info(`Seeded the starting content (${report.created.length} entries).`);
    }
  },
};
