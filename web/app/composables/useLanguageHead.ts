/**
 * The page's language in the head: `<html lang>`, its address in every language for search
 * engines (hreflang links, x-default being the default language), its canonical URL and Open
 * Graph's url and locales. The same tags as i18n's useLocaleHead, built from usePagePathIn once,
 * when the head is rendered (after the page has named its entry's slugs): useLocaleHead resolved
 * them through the router, and again each time a page set its slugs (useSetI18nParams). The URLs
 * start with the runtime NUXT_PUBLIC_SITE_URL, like the JSON-LD ids (useAbsoluteUrl).
 */
export function useLanguageHead() {
  const { locale } = useI18n();
  const pagePathIn = usePagePathIn();
  const absolute = useAbsoluteUrl();
  const current = () => SITE_LOCALES.find(({ code }) => code === locale.value) ?? SITE_LOCALES[0];
  const ogLocale = (language: string) => language.replace('-', '_');
  /** Each language's URL of the page (the query left out), or nothing where it has no route. */
  const urls = computed(() =>
    SITE_LOCALES.flatMap((entry) => {
      const path = pagePathIn(entry.code, { withQuery: false });
      return path ? [{ entry, url: absolute(path) }] : [];
    }),
  );

  useHead({
    htmlAttrs: { lang: () => current().language },
    link: () => {
      const alternates = urls.value;
      const canonical = alternates.find(({ entry }) => entry.code === locale.value);
      const fallback = alternates.find(({ entry }) => entry.code === DEFAULT_LOCALE);
      return [
        ...(fallback
          ? [{ rel: 'alternate' as const, href: fallback.url, hreflang: 'x-default' }]
          : []),
        ...alternates.flatMap(({ entry, url }) =>
          [entry.language.split('-')[0]!, entry.language].map((hreflang) => ({
            rel: 'alternate' as const,
            href: url,
            hreflang,
          })),
        ),
        ...(canonical ? [{ rel: 'canonical' as const, href: canonical.url }] : []),
      ];
    },
    meta: () => {
      const canonical = urls.value.find(({ entry }) => entry.code === locale.value);
      return [
        ...(canonical ? [{ property: 'og:url', content: canonical.url }] : []),
        { property: 'og:locale', content: ogLocale(current().language) },
        ...SITE_LOCALES.filter(({ code }) => code !== locale.value).map(({ language }) => ({
          property: 'og:locale:alternate',
          content: ogLocale(language),
        })),
      ];
    },
  });
}
