import type { Core } from '@strapi/strapi';

/** The site's languages: English is the default, French the second locale. */
export const LOCALES = [
  { code: 'en', name: 'English (en)', isDefault: true },
  { code: 'fr', name: 'French (fr)', isDefault: false },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) {
      await locales.create({ code: locale.code, name: locale.name });
    }
  }
  const defaultLocale = LOCALES.find((locale) => locale.isDefault)!;
  if ((await locales.getDefaultLocale()) !== defaultLocale.code) {
    await locales.setDefaultLocale({ code: defaultLocale.code });
  }
}
