import { DEFAULT_LOCALE, SITE_LOCALES, type SiteLocale } from './locales';

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

/** The site language of a path: its locale prefix (`/fr`, `/fr/…`), else the default one. */
export const localeOfPath = (path: string): SiteLocale =>
  SITE_LOCALES.find(
    ({ code }) => code !== DEFAULT_LOCALE && (path === `/${code}` || path.startsWith(`/${code}/`)),
  )?.code ?? DEFAULT_LOCALE;

/** The entry a path shows (the inverse of contentPagePath), or undefined for any other path. */
export function entryPageOf(
  path: string,
): { kind: ContentKind; locale: SiteLocale; slug: string } | undefined {
  const locale = localeOfPath(path);
  for (const kind of Object.keys(CONTENT_PAGES) as ContentKind[]) {
    const list = `${CONTENT_PAGES[kind][locale]}/`;
    const encodedSlug = path.startsWith(list) ? path.slice(list.length) : '';
    if (!encodedSlug || encodedSlug.includes('/')) continue;
    try {
      return { kind, locale, slug: decodeURIComponent(encodedSlug) };
    } catch {
      return undefined; // a malformed escape: no page has it
    }
  }
  return undefined;
}
