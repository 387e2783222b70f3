import type { Core } from '@strapi/strapi';
import { secretProblem } from '../utils/env';

/**
 * Why a first admin's password is too weak, or undefined. Stricter than Strapi's own rule
 * (8 characters, upper, lower, digit): this account can read the network's personal data.
 */
export function adminPasswordProblem(password: string, email: string): string | undefined {
  const placeholder = secretProblem(password);
  if (placeholder?.startsWith('a placeholder')) return `is ${placeholder}`;
  if (password.length < 12) return 'has fewer than 12 characters';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    return 'needs lower-case and upper-case letters and a digit';
  const name = email.split('@')[0] ?? '';
  if (name.length >= 3 && password.toLowerCase().includes(name.toLowerCase()))
    return 'contains the email address';
  if (new Set(password).size < 6) return 'repeats too few distinct characters';
  return undefined;
}

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
  const weakness = adminPasswordProblem(password, email);
  if (weakness) {
    throw new Error(
      `Refusing to create the first admin: CMS_ADMIN_PASSWORD ${weakness}. Set a strong password ` +
        '(12+ characters, upper and lower case, a digit), or run "./mdle env:init" to generate one.',
    );
  }

  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: env.CMS_ADMIN_FIRSTNAME?.trim() || 'Admin',
    lastname: env.CMS_ADMIN_LASTNAME?.trim() || '',
  });
  strapi.log.info(`Created the first super admin (${email}).`);
}
