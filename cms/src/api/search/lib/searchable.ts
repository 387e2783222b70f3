import type { UID } from '@strapi/strapi';

/**
 * What the site search covers: each public type that has a page, under the name the API gives
 * it, with the fields that make its title and its text. Only published versions are indexed.
 */
export const SEARCHABLE = {
  publication: {
    uid: 'api::publication.publication',
    title: ['title'],
    text: ['abstract', 'body'],
    populate: { authors: { fields: ['name'] } },
  },
  event: {
    uid: 'api::event.event',
    title: ['title'],
    text: ['subtitle', 'summary', 'objective', 'audience', 'body', 'venue', 'city'],
    populate: {},
  },
  news: {
    uid: 'api::news-article.news-article',
    title: ['title'],
    text: ['summary', 'body'],
    populate: {},
  },
  person: {
    uid: 'api::person.person',
    title: ['name'],
    text: ['role', 'affiliation', 'bio'],
    populate: {},
  },
  topic: {
    uid: 'api::topic.topic',
    title: ['title'],
    text: ['summary'],
    populate: {},
  },
} as const satisfies Record<
  string,
  { uid: UID.CollectionType; title: string[]; text: string[]; populate: object }
>;

export type SearchType = keyof typeof SEARCHABLE;
export const SEARCH_TYPES = Object.keys(SEARCHABLE) as SearchType[];

export const searchTypeOf = (uid: string): SearchType | undefined =>
  SEARCH_TYPES.find((type) => SEARCHABLE[type].uid === uid);
