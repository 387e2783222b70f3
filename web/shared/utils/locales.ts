/** The site's languages, default first. Used by the i18n config, the sitemap and the feeds. */
export const SITE_LOCALES = [
  { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
  { code: 'fr', language: 'fr-FR', name: 'Français', file: 'fr.json' },
] as const;

export type SiteLocale = (typeof SITE_LOCALES)[number]['code'];

export const DEFAULT_LOCALE: SiteLocale = 'en';

export const isSiteLocale = (value: unknown): value is SiteLocale =>
  SITE_LOCALES.some((entry) => entry.code === value);

/** A locale parameter as given (query, form), or the default when it is not one of ours. */
export const siteLocaleOf = (value: unknown): SiteLocale =>
  isSiteLocale(value) ? value : DEFAULT_LOCALE;
