import type { SiteLocale } from '#shared/utils/locales';

interface EntrySlugs {
  /** The path of the entry's page: the slugs are for that page only. */
  path: string;
  slugs: Partial<Record<SiteLocale, string>>;
}

/**
 * The slug of the shown entry in each language, when it differs by language: set by entry pages
 * (useCmsEntry), read by the language links (usePagePathIn).
 */
export const useEntrySlugs = () => useState<EntrySlugs | null>('entry-slugs', () => null);

/**
 * The path of the page shown, in another language: the same route and parameters, with the
 * entry's slug in that language, and the query unless told otherwise. Empty where the page has
 * no route (an unknown path). The paths come from useCachedLocalePath, kept across requests;
 * i18n's switchLocalePath resolved each one through the router on every render.
 */
export function usePagePathIn() {
  const route = useRoute();
  const routeBaseName = useRouteBaseName();
  const localePath = useCachedLocalePath();
  const entrySlugs = useEntrySlugs();
  return (code: SiteLocale, { withQuery = true } = {}): string => {
    const name = routeBaseName(route);
    if (typeof name !== 'string') return '';
    const slug = entrySlugs.value?.path === route.path ? entrySlugs.value.slugs[code] : undefined;
    const params = slug ? { ...route.params, slug } : route.params;
    return localePath({ name, params, ...(withQuery ? { query: route.query } : {}) }, code);
  };
}
