import type { Core } from '@strapi/strapi';

/**
 * Plugins whose public REST routes we never use: end-user accounts (users-permissions: /api/users,
 * /api/auth/*, roles) and the media library (/api/upload). Without this, any read-only API token
 * could list users and every uploaded file. Editors upload through the admin, which is unaffected.
 */
const PLUGINS_WITHOUT_PUBLIC_ROUTES = ['users-permissions', 'upload'];

export function removeInternalContentApiRoutes(strapi: Core.Strapi): void {
  for (const name of PLUGINS_WITHOUT_PUBLIC_ROUTES) {
    const routes = (strapi.plugin(name).routes as Record<string, { routes: unknown[] }>)[
      'content-api'
    ];
    if (routes) routes.routes = [];
  }
}
