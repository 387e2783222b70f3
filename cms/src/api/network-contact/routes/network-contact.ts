import { factories } from '@strapi/strapi';

// Personal data: no generic REST routes at all (not even for API tokens). Editors with the
// Network manager role work in the admin; the public sign-up has its own route.
export default factories.createCoreRouter('api::network-contact.network-contact', { only: [] });
