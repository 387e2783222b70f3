import type { Core } from '@strapi/strapi';
import { previewStatus, type PreviewAuth } from './preview-reads';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: PreviewAuth;
}

/**
 * The version a request may read, when it is pinned to one: public API requests (anonymous
 * clients, every API token except full-access ones) read published content; the site's previews
 * read the version their token names (access/preview-reads.ts). Admin requests (content manager)
 * and code outside a request (seeding, bootstrap) are not pinned.
 */
export function pinnedReadStatus(
  state: RequestState | undefined,
): 'published' | 'draft' | undefined {
  if (state?.route?.info?.type !== 'content-api') return undefined;
  const preview = previewStatus(state.auth);
  if (preview) return preview;
  // The strategy is named 'content-api-token' in Strapi 5.5x ('api-token' before).
  const fullAccessToken =
    /api-token$/.test(state.auth?.strategy?.name ?? '') &&
    state.auth?.credentials?.type === 'full-access';
  return fullAccessToken ? undefined : 'published';
}

const requestState = (strapi: Core.Strapi) =>
  (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

/** Whether the request being served (if any) may only see published content. */
export function isPublicContentRequest(strapi: Core.Strapi): boolean {
  return pinnedReadStatus(requestState(strapi)) === 'published';
}

/**
 * Strapi 5 lets any role allowed to `find` ask for drafts (`?status=draft`, `status: DRAFT`,
 * strapi/strapi#25326). This document-service middleware pins every read of a public request to
 * published content (and of a preview to its token's version), whatever path it comes through:
 * REST, GraphQL, counts. Rows reached through relations are guarded at the database level
 * (published-rows.ts).
 */
export function enforcePublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (READ_ACTIONS.has(context.action)) {
      const status = pinnedReadStatus(requestState(strapi));
      if (status) {
        const params = (context.params ?? {}) as Record<string, unknown>;
        delete params.hasPublishedVersion;
        delete params.publicationFilter;
        context.params = { ...params, status } as typeof context.params;
      }
    }
    return next();
  });
}
