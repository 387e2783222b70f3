import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { seed } from './seed';
import { assertSecretsPresent } from './utils/env';

export default {
  register() {
    assertSecretsPresent();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    await ensureFirstAdmin(strapi);
    if (process.env.CMS_SEED !== 'false') await seed(strapi);
  },
};
