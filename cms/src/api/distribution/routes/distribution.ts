import { factories } from '@strapi/strapi';

// Internal records: no REST routes; editors and network managers read them in the admin.
export default factories.createCoreRouter('api::distribution.distribution', { only: [] });
