import type { Core } from '@strapi/strapi';

/**
 * Plugins whose public REST routes we never use: end-user accounts (users-permissions: /api/users,
 * /api/auth/*, roles), the media library (/api/upload) and sending email (POST /api/email, which a
 * full-access token could use to send any message from our address). Without this, any read-only
 * API token could list users and every uploaded file. The admin is unaffected.
 */
const PLUGINS_WITHOUT_PUBLIC_ROUTES = ['users-permissions', 'upload', 'email'];

export function removeInternalContentApiRoutes(strapi: Core.Strapi): void {
  for (const name of PLUGINS_WITHOUT_PUBLIC_ROUTES) {
    const routes = (strapi.plugin(name).routes as Record<string, { routes: unknown[] }>)[
      'content-api'
    ];
    // Strapi's route factories expose a settable `routes`; fail the start if that ever changes.
    if (!routes || !('routes' in routes)) {
      throw new Error(`The ${name} plugin's content-API routes moved: check internal-routes.ts.`);
    }
    routes.routes = [];
  }
}
