import { internalRoutesPatch } from '../access/internal-routes';
import { publicSchemaPatch } from '../extensions/graphql/public-schema';
import { batchedRelationsPatch } from './batched-relations';
import { plainFieldsPatch } from './plain-fields';
import { publicPermissionsCachePatch } from './public-permissions-cache';
import { queryChecksPatch } from './query-checks';
import { readsWithoutTransactionPatch } from './reads-without-transaction';
import type { StrapiPatch } from './registry';
import { relationQueriesPatch } from './relation-queries';

export { installStrapiPatches } from './registry';

/**
 * Every change to a Strapi internal, in the order they are installed (schema transforms run in
 * this order). The README's "Strapi patches" table lists them; SQLite's statement cache is a knex
 * pool hook (config/database.ts) and is listed there too.
 */
export const STRAPI_PATCHES: readonly StrapiPatch[] = [
  publicSchemaPatch,
  internalRoutesPatch,
  plainFieldsPatch,
  relationQueriesPatch,
  queryChecksPatch,
  readsWithoutTransactionPatch,
  batchedRelationsPatch,
  publicPermissionsCachePatch,
];
