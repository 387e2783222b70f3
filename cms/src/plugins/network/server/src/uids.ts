/**
 * The network's content types. Their tables are the ones they had as `api::` types (same
 * `collectionName`s): `database/migrations/` renamed the uids stored in older databases.
 */
export const CONTACTS = 'plugin::network.network-contact';
export const DELIVERIES = 'plugin::network.network-delivery';
export const DISTRIBUTIONS = 'plugin::network.distribution';
export const SUBMISSIONS = 'plugin::network.report-submission';

export const NETWORK_CONTENT_TYPES = [CONTACTS, DELIVERIES, DISTRIBUTIONS, SUBMISSIONS] as const;
