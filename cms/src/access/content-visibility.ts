import type { UID } from '@strapi/strapi';
import publicContentTypes from '@mdle/api-client/public-content-types.json';
import {
  CONTACTS,
  DELIVERIES,
  DISTRIBUTIONS,
  SUBMISSIONS,
} from '../plugins/network/server/src/uids';

/**
 * Which content types the public may read, and which hold personal data. Every rule that depends
 * on it (public role, GraphQL schema, admin roles, indexes) reads it from here. The public list is
 * the API's contract, kept in @mdle/api-client: the site purges its cache when one of them changes.
 */
export const PUBLIC_COLLECTION_TYPES = publicContentTypes.collectionTypes as UID.CollectionType[];
export const PUBLIC_SINGLE_TYPES = publicContentTypes.singleTypes as UID.SingleType[];
export const PUBLIC_CONTENT_TYPES: UID.ContentType[] = [
  ...PUBLIC_COLLECTION_TYPES,
  ...PUBLIC_SINGLE_TYPES,
];

/** Content types holding personal data: only super admins and network managers see them. */
export const PRIVATE_CONTENT_TYPES = [CONTACTS, DELIVERIES, SUBMISSIONS] as const;

/** Internal records editors may read in the admin but nobody outside: not in any public API. */
export const INTERNAL_CONTENT_TYPES = [DISTRIBUTIONS] as const;
