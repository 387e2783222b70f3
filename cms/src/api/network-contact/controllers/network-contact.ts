import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::network-contact.network-contact');
