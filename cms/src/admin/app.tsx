import type { StrapiApp } from '@strapi/strapi/admin';
import { registerNetworkTools } from '../plugins/network/admin/src';

export default {
  config: {
    // Editors of a bilingual project: the admin itself can be used in French.
    locales: ['fr'],
  },
  bootstrap(app: StrapiApp) {
    registerNetworkTools(app);
  },
};
