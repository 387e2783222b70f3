import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_PAGES,
  SINGLE_PAGES,
  contentPagePath,
  entryPageOf,
  localeOfPath,
} from '../../shared/utils/content-pages';

const PAGES = new URL('../../app/pages/', import.meta.url);
const FOLDERS: Record<keyof typeof CONTENT_PAGES, string> = {
  publications: 'publications',
  events: 'events',
  news: 'news',
  people: 'people',
  topics: 'topics',
};

/** The i18n paths a page declares in definePageMeta, e.g. { en: '/events', fr: '/evenements' }. */
function declaredPaths(file: string): Record<string, string> {
  const source = readFileSync(new URL(file, PAGES), 'utf8');
  const paths = /paths:\s*\{\s*en:\s*'([^']+)',\s*fr:\s*'([^']+)'\s*\}/.exec(source);
  if (!paths) throw new Error(`${file} declares no i18n paths`);
  return { en: paths[1]!, fr: `/fr${paths[2]}` };
}

describe('the server’s links to content pages', () => {
  it.each(Object.entries(FOLDERS))('match the %s pages’ own paths', (kind, folder) => {
    const paths = CONTENT_PAGES[kind as keyof typeof CONTENT_PAGES];
    expect(declaredPaths(`${folder}/index.vue`)).toEqual(paths);
    const entry = declaredPaths(`${folder}/[slug].vue`);
    expect({ en: entry.en, fr: entry.fr }).toEqual({
      en: `${paths.en}/[slug]`,
      fr: `${paths.fr}/[slug]`,
    });
  });

  it('match the about page’s own paths, and the home page is the locale’s root', () => {
    expect(declaredPaths('about.vue')).toEqual(SINGLE_PAGES.about);
    expect(SINGLE_PAGES.home).toEqual({ en: '/', fr: '/fr' });
  });

  it('escape a slug that is not URL-safe', () => {
    expect(contentPagePath('events', 'fr', 'a b/c')).toBe('/fr/evenements/a%20b%2Fc');
  });

  it('read an entry back from its path, and nothing from other paths', () => {
    for (const kind of Object.keys(CONTENT_PAGES) as Array<keyof typeof CONTENT_PAGES>) {
      for (const locale of ['en', 'fr'] as const) {
        expect(entryPageOf(contentPagePath(kind, locale, 'a b/c'))).toEqual({
          kind,
          locale,
          slug: 'a b/c',
        });
      }
    }
    for (const path of [
      '/',
      '/fr',
      '/publications',
      '/publications/',
      '/fr/publications/a/b',
      '/fr/events/x', // the English list under the French prefix
      '/publications/%E0%A4%A', // a malformed escape
      '/french/publications/x',
    ]) {
      expect(entryPageOf(path), path).toBeUndefined();
    }
    expect(localeOfPath('/fr')).toBe('fr');
    expect(localeOfPath('/french/x')).toBe('en');
  });
});
