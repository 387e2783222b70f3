import type { SiteLocale } from './locales';

/**
 * Where each kind of content has its pages, per locale: the lists, and `<list>/<slug>` for each
 * entry. The pages declare the same paths in definePageMeta (a build-time macro that cannot import
 * them); tests/unit/content-pages.test.ts keeps both in step. Used wherever the server writes a
 * link to a page: sitemap, feeds, calendars.
 */
export const CONTENT_PAGES = {
  publications: { en: '/publications', fr: '/fr/publications' },
  events: { en: '/events', fr: '/fr/evenements' },
  news: { en: '/news', fr: '/fr/actualites' },
  people: { en: '/people', fr: '/fr/personnes' },
  topics: { en: '/topics', fr: '/fr/themes' },
} as const satisfies Record<string, Record<SiteLocale, string>>;

export type ContentKind = keyof typeof CONTENT_PAGES;

/** Pages of one document each: the home page (global settings) and the about page (project). */
export const SINGLE_PAGES = {
  home: { en: '/', fr: '/fr' },
  about: { en: '/about', fr: '/fr/a-propos' },
} as const satisfies Record<string, Record<SiteLocale, string>>;

export type SinglePage = keyof typeof SINGLE_PAGES;

/** The path of one entry's page on the site in `locale`. */
export const contentPagePath = (kind: ContentKind, locale: SiteLocale, slug: string): string =>
  `${CONTENT_PAGES[kind][locale]}/${encodeURIComponent(slug)}`;
