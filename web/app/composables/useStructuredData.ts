/** One schema.org node (https://schema.org), as JSON-LD. */
export type StructuredNode = { '@type': string | string[] } & Record<string, unknown>;

/**
 * Declares one schema.org node of the page as its own JSON-LD block, with `@id`
 * `<page URL>#<name>` unless the node gives its own. Blocks refer to each other by `@id` (the
 * publisher, the site, the page), which search engines join into one graph. Each is one `useHead`
 * entry, serialised once when the head is rendered: nuxt-schema-org, used before, resolved a whole
 * graph on every render, about a tenth of an uncached page's CPU (web/bench/site.mts).
 */
export function useStructuredData(name: string, node: () => StructuredNode) {
  const ids = useStructuredIds();
  useHead({
    script: [
      {
        key: `ld-${name}`,
        type: 'application/ld+json',
        innerHTML: () =>
          serialiseJsonLd({ '@context': 'https://schema.org', '@id': ids.onPage(name), ...node() }),
      },
    ],
  });
}

/** The `@id`s nodes link to: the publisher, each language's site, the page and its parts. */
export function useStructuredIds() {
  const route = useRoute();
  const absolute = useAbsoluteUrl();
  const page = () => absolute(route.path);
  const onPage = (name: string) => `${page()}#${name}`;
  const publisher = absolute('/#identity');
  const siteHome = (locale: string) => absolute(locale === DEFAULT_LOCALE ? '/' : `/${locale}`);
  return {
    absolute,
    page,
    onPage,
    publisher,
    siteHome,
    site: (locale: string) => `${siteHome(locale)}#website`,
    /** What an article (publication, news) links to: its publisher and the page it is. */
    articleLinks: () => ({
      publisher: { '@id': publisher },
      mainEntityOfPage: { '@id': onPage('webpage') },
    }),
  };
}

/**
 * The nodes every page declares (default layout): the publisher, the site in the page's language
 * with its translations, and the page as part of that site.
 */
export function useSiteStructuredData() {
  const { locale } = useI18n();
  // The site's name, as nuxt.config.ts `site` gives it to the sitemap and robots modules.
  const { name } = useSiteConfig();
  const ids = useStructuredIds();
  useStructuredData('identity', () => ({
    '@type': 'Organization',
    '@id': ids.publisher,
    name,
    alternateName: 'MDLE',
    url: ids.siteHome(DEFAULT_LOCALE),
  }));
  useStructuredData('website', () => {
    const site = SITE_LOCALES.find((entry) => entry.code === locale.value) ?? SITE_LOCALES[0];
    const others = SITE_LOCALES.filter((entry) => entry !== site).map((entry) => ({
      '@id': ids.site(entry.code),
    }));
    return {
      '@type': 'WebSite',
      '@id': ids.site(site.code),
      name,
      inLanguage: site.language,
      url: ids.siteHome(site.code),
      publisher: { '@id': ids.publisher },
      ...(site.code === DEFAULT_LOCALE
        ? { workTranslation: others }
        : { translationOfWork: others }),
    };
  });
  useStructuredData('webpage', () => ({
    '@type': 'WebPage',
    url: ids.page(),
    isPartOf: { '@id': ids.site(locale.value) },
  }));
}
