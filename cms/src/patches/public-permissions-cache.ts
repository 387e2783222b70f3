import type { Core } from '@strapi/strapi';
import { broadcast, onBroadcast } from '../utils/redis';
import { missingFunction, type StrapiPatch } from './registry';

// Bounds how stale another CMS instance's edit of the public role can be here (without Redis).
const PUBLIC_PERMISSIONS_TTL_MS = 10_000;
const PERMISSIONS_CHANGED = 'public-permissions-changed';

/**
 * Anonymous requests are most of the public API's traffic, and users-permissions reads the
 * public role's permissions from the database on each of them. They change only when the role is
 * edited: keep them in memory, dropped on any write to roles or permissions. With REDIS_URL every
 * replica drops them at once when one of them sees such a write (pub/sub); otherwise, edits made
 * through another instance apply here within a few seconds.
 */
export function cachePublicPermissions(strapi: Core.Strapi): void {
  const service = strapi.plugin('users-permissions').service('permission');
  const find = service.findPublicPermissions.bind(service) as () => Promise<unknown[]>;
  let cached: { permissions: Promise<unknown[]>; until: number } | undefined;
  const forget = () => {
    cached = undefined;
  };
  service.findPublicPermissions = () => {
    if (!cached || cached.until < Date.now()) {
      const permissions = find();
      permissions.catch(forget);
      cached = { permissions, until: Date.now() + PUBLIC_PERMISSIONS_TTL_MS };
    }
    return cached.permissions;
  };
  onBroadcast(PERMISSIONS_CHANGED, forget);
  const changed = () => {
    forget();
    broadcast(PERMISSIONS_CHANGED);
  };
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    afterCreate: changed,
    afterCreateMany: changed,
    afterUpdate: changed,
    afterUpdateMany: changed,
    afterDelete: changed,
    afterDeleteMany: changed,
  });
}

export const publicPermissionsCachePatch: StrapiPatch = {
  name: 'public-permissions-cache',
  kind: 'performance',
  // After the start-up sync of the public role, which would only empty it.
  phase: 'bootstrap',
  replaces: "users-permissions' `permission.findPublicPermissions`",
  mismatch: (strapi) =>
    missingFunction(
      strapi.plugin('users-permissions').service('permission'),
      'users-permissions permission service',
      ['findPublicPermissions'],
    ),
  install: cachePublicPermissions,
};
