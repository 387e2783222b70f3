import type { Core } from '@strapi/strapi';
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
