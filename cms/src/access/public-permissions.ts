import type { Core } from '@strapi/strapi';
import { broadcast, onBroadcast } from '../utils/redis';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from './content-visibility';

/**
 * The anonymous ("public") role's complete list of allowed actions. Anything not listed here is
 * revoked at every start, so a permission ticked by hand in the admin cannot silently widen the
 * public API: least privilege is code-reviewed.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
];

export async function enforcePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions "public" role is missing.');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { id: number; action: string }[] = await permissions.findMany({
    where: { role: role.id },
    select: ['id', 'action'],
  });
  const wanted = new Set(PUBLIC_ACTIONS);

  const extra = existing.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    strapi.log.warn(
      `Revoked public permissions not in the allow-list: ${extra.map((p) => p.action).join(', ')}`,
    );
  }
  const have = new Set(existing.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}

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
