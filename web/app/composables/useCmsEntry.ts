import type { TypedDocumentString } from '@mdle/api-client';

interface Localizable {
  locale?: string | null;
  slug: string;
  localizations?: ReadonlyArray<{ locale: string | null; slug: string } | null> | null;
}

/**
 * The entry a `[slug]` page shows, in the page's language or (fallback) another one. Throws a
 * real 404 for an unknown slug and a 503 when the CMS cannot answer; tells the language switcher
 * the entry's slug in every language.
 */
export async function useCmsEntry<TResult, TEntry extends Localizable>(
  document: TypedDocumentString<TResult, { locale: string; slug: string }>,
  pick: (result: TResult) => ReadonlyArray<TEntry | null> | undefined,
) {
  // Composables first: after an `await`, outside <script setup>, the Nuxt context is gone.
  const nuxtApp = useNuxtApp();
  const route = useRoute();
  const { locale } = useI18n();
  const entrySlugs = useEntrySlugs();
  const localePath = useCachedLocalePath();
  const routeBaseName = useRouteBaseName();
  const absolute = useAbsoluteUrl();
  const slug = computed(() => String(route.params.slug ?? ''));
  const { data, error } = await useCmsQuery(document, () => ({
    locale: locale.value,
    slug: slug.value,
  }));
  if (error.value) {
    throw createError({ statusCode: 503, statusMessage: 'Content unavailable', fatal: true });
  }
  const entry = computed(
    () => (data.value ? pick(data.value as TResult)?.[0] : undefined) ?? undefined,
  );
  if (!entry.value) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: true });
  }

  // Reached by another language's slug while a version in this language exists: go there.
  const translated = entry.value.localizations?.find((item) => item?.locale === locale.value);
  if (entry.value.locale !== locale.value && translated) {
    await nuxtApp.runWithContext(() =>
      navigateTo({ params: { ...route.params, slug: translated.slug } }, { redirectCode: 301 }),
    );
  }

  // The language links (switcher, hreflang) go to the entry's slug in each language.
  const current = entry.value;
  entrySlugs.value = {
    path: route.path,
    slugs: Object.fromEntries(
      SITE_LOCALES.map(({ code }) => [
        code,
        current.locale === code
          ? current.slug
          : (current.localizations?.find((item) => item?.locale === code)?.slug ?? current.slug),
      ]),
    ),
  };

  // Shown in another language (no version in this one): the original is the canonical page.
  const contentLocale = entry.value.locale;
  if (contentLocale && contentLocale !== locale.value) {
    const original = localePath(
      { name: routeBaseName(route), params: { ...route.params, slug: entry.value.slug } },
      contentLocale as typeof locale.value,
    );
    nuxtApp.runWithContext(() =>
      useHead({ link: [{ rel: 'canonical', href: absolute(original) }] }),
    );
  }
  return entry as ComputedRef<TEntry>;
}
