import type { Core } from '@strapi/strapi';

/**
 * Creates the first super admin from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD when the CMS has no admin
 * yet, so a fresh local start needs no manual step. There is no default password: without both
 * variables, nothing is created and the admin panel asks for the first account as usual.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi, env = process.env): Promise<void> {
  const email = env.CMS_ADMIN_EMAIL?.trim();
  const password = env.CMS_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: env.CMS_ADMIN_FIRSTNAME?.trim() || 'Admin',
    lastname: env.CMS_ADMIN_LASTNAME?.trim() || '',
  });
  strapi.log.info(`Created the first super admin (${email}).`);
}
