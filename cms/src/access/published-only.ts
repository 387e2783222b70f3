import type { Core } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
}

/**
 * Whether the current request is a public API request that may only see published content:
 * anonymous clients and every API token except full-access ones. Admin requests (content
 * manager, previews) and code outside a request (seeding, bootstrap) are not restricted.
 */
export function mustSeePublishedOnly(state: RequestState | undefined): boolean {
  if (state?.route?.info?.type !== 'content-api') return false;
  // The strategy is named 'content-api-token' in Strapi 5.5x ('api-token' before).
  const fullAccessToken =
    /api-token$/.test(state.auth?.strategy?.name ?? '') &&
    state.auth?.credentials?.type === 'full-access';
  return !fullAccessToken;
}

/** Whether the request being served (if any) may only see published content. */
export function isPublicContentRequest(strapi: Core.Strapi): boolean {
  const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
  return mustSeePublishedOnly(request?.state);
}

/**
 * Strapi 5 lets any role allowed to `find` ask for drafts (`?status=draft`, `status: DRAFT`,
 * strapi/strapi#25326). This document-service middleware pins every read of a public request to
 * published content, whatever path it comes through: REST, GraphQL, counts. Rows reached through
 * relations are guarded at the database level (published-rows.ts).
 */
export function enforcePublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (READ_ACTIONS.has(context.action)) {
      if (isPublicContentRequest(strapi)) {
        const params = (context.params ?? {}) as Record<string, unknown>;
        delete params.hasPublishedVersion;
        delete params.publicationFilter;
        context.params = { ...params, status: 'published' } as typeof context.params;
      }
    }
    return next();
  });
}
