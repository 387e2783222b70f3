import type { ApolloServerPlugin } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { previewSecret, readPreviewToken, type PreviewClaims } from '../preview/preview-token';
import { PUBLIC_ACTIONS } from './public-permissions';

/** Name of the content-API auth strategy of previews (see `previewReadStrategy`). */
export const PREVIEW_STRATEGY = 'mdle-preview';

interface AuthContext {
  request: { header: { authorization?: string } };
}
export interface PreviewAuth {
  strategy?: { name?: string };
  credentials?: { type?: string; status?: PreviewClaims['status'] } | null;
}

const PUBLIC_SCOPES = new Set(PUBLIC_ACTIONS);

/**
 * The site's previews read the CMS with the preview token the admin signed (preview/preview-url.ts)
 * as their bearer. This content-API auth strategy (Strapi's documented extension point, like the
 * API-token and users-permissions strategies it comes after) accepts a valid, unexpired one and
 * allows exactly what the public role may do: reads of public content. The version it reads is
 * the one the token names (access/published-only.ts). Anything else (no token, another kind of
 * bearer, an expired or forged preview token) is not authenticated by it.
 */
export function previewReadStrategy() {
  return {
    name: PREVIEW_STRATEGY,
    async authenticate(ctx: AuthContext) {
      const secret = previewSecret();
      const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.request.header.authorization ?? '')?.[1];
      if (!secret || !bearer) return { authenticated: false };
      const claims = await readPreviewToken(bearer, secret);
      if (!claims) return { authenticated: false };
      return { authenticated: true, credentials: { type: 'preview', status: claims.status } };
    },
    verify(_auth: unknown, config: { scope?: string | string[] } = {}) {
      const scopes = ([] as string[]).concat(config.scope ?? []);
      if (scopes.length === 0 || !scopes.every((scope) => PUBLIC_SCOPES.has(scope))) {
        throw new errors.ForbiddenError();
      }
    },
  };
}

/** The version a preview request reads, or undefined when the request is not a preview. */
export function previewStatus(auth: PreviewAuth | undefined): PreviewClaims['status'] | undefined {
  if (auth?.strategy?.name !== PREVIEW_STRATEGY) return undefined;
  return auth.credentials?.status;
}

interface GraphQLContext {
  state?: { auth?: PreviewAuth };
}

/**
 * Strapi's GraphQL resolvers take the version to read from each field's `status` argument, and a
 * relation otherwise reads the published rows. The public schema has no `status` argument
 * (extensions/graphql/public-schema.ts), so for a preview request this Apollo plugin gives every
 * field the token's version, as a client of a full schema would: the root query and each relation
 * then read the same version, the draft's own relations included.
 */
export function previewStatusOnEveryField(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const status = previewStatus(contextValue.state?.auth);
      if (!status) return;
      return {
        async executionDidStart() {
          return {
            willResolveField({ args }) {
              (args as Record<string, unknown>).status = status;
            },
          };
        },
      };
    },
  };
}

export function registerPreviewReads(strapi: Core.Strapi): void {
  strapi.get('auth').register('content-api', previewReadStrategy());
}
