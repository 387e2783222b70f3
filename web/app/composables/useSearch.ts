import { SearchDocument } from '@mdle/api-client';

/** The site search of the page's URL (`?q=…&type=…&page=…`), in the page's language. */
export async function useSearch() {
  const route = useRoute();
  const { locale } = useI18n();
  const search = computed(() => parseSearchQuery(route.query));
  const result = await useCmsQuery(SearchDocument, () => ({
    query: search.value.q,
    locale: locale.value,
    type: search.value.type || undefined,
    page: search.value.page,
    pageSize: 10,
  }));
  return { search, ...result };
}
