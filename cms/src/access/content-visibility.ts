/**
 * Which content types the public may read, and which hold personal data. Every rule that depends
 * on it (public role, GraphQL schema, admin roles, indexes) reads it from here.
 */
export const PUBLIC_COLLECTION_TYPES = [
  'api::publication.publication',
  'api::event.event',
  'api::person.person',
  'api::organisation.organisation',
  'api::topic.topic',
  'api::news-article.news-article',
] as const;

export const PUBLIC_SINGLE_TYPES = ['api::project.project', 'api::global.global'] as const;

export const PUBLIC_CONTENT_TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES] as const;

/** Content types holding personal data: only super admins and network managers see them. */
export const PRIVATE_CONTENT_TYPES = [
  'api::network-contact.network-contact',
  'api::network-delivery.network-delivery',
  'api::report-submission.report-submission',
] as const;

/** Internal records editors may read in the admin but nobody outside: not in any public API. */
export const INTERNAL_CONTENT_TYPES = ['api::distribution.distribution'] as const;
