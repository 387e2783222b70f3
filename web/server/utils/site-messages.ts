import en from '../../i18n/locales/en.json';
import fr from '../../i18n/locales/fr.json';

/**
 * The site's UI strings for what the server writes itself (feeds, calendars): the same files the
 * pages use through @nuxtjs/i18n, so a title is translated once.
 */
const MESSAGES = { en, fr } satisfies Record<SiteLocale, typeof en>;

export const siteMessages = (locale: SiteLocale) => MESSAGES[locale];

/** An absolute URL on the public site (feeds and calendars are read away from it). */
export const siteUrl = (path: string): string =>
  new URL(path, useRuntimeConfig().public.siteUrl).toString();
