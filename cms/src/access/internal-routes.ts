import type { Core } from '@strapi/strapi';
import type { StrapiPatch } from '../patches/registry';

/**
 * Plugins whose public REST routes we never use: end-user accounts (users-permissions: /api/users,
 * /api/auth/*, roles), the media library (/api/upload) and sending email (POST /api/email, which a
 * full-access token could use to send any message from our address). Without this, any read-only
 * API token could list users and every uploaded file. The admin is unaffected.
 */
const PLUGINS_WITHOUT_PUBLIC_ROUTES = ['users-permissions', 'upload', 'email'];

const contentApiRoutes = (strapi: Core.Strapi, name: string) =>
  (strapi.plugin(name).routes as Record<string, { routes: unknown[] } | undefined>)['content-api'];

function removeInternalContentApiRoutes(strapi: Core.Strapi): void {
  for (const name of PLUGINS_WITHOUT_PUBLIC_ROUTES) contentApiRoutes(strapi, name)!.routes = [];
}

export const internalRoutesPatch: StrapiPatch = {
  name: 'internal-routes',
  kind: 'security',
  phase: 'register',
  replaces: 'the `content-api` route lists of the users-permissions, upload and email plugins',
  // Strapi's route factories expose a settable `routes` array.
  mismatch: (strapi) => {
    const moved = PLUGINS_WITHOUT_PUBLIC_ROUTES.find(
      (name) => !Array.isArray(contentApiRoutes(strapi, name)?.routes),
    );
    return moved && `the ${moved} plugin has no \`content-api\` routes array`;
  },
  install: removeInternalContentApiRoutes,
};
