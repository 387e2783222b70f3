import type { Core } from '@strapi/strapi';
import { INTERNAL_CONTENT_TYPES, PRIVATE_CONTENT_TYPES } from '../../access/content-visibility';

/**
 * Personal data and internal records are not in the public GraphQL schema at all: no type, query, mutation or filter
 * (not merely refused by permissions), so introspection does not reveal it either.
 */
export function hidePrivateTypesFromGraphQL(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of [...PRIVATE_CONTENT_TYPES, ...INTERNAL_CONTENT_TYPES]) {
    extension.shadowCRUD(uid).disable();
  }
}
