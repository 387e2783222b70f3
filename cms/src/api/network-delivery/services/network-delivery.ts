import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::network-delivery.network-delivery');
