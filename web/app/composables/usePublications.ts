import {
  PublicationBySlugDocument,
  PublicationFacetsDocument,
  PublicationsDocument,
} from '@mdle/api-client';
import { yearOf } from '~/utils/format';
import {
  parsePublicationQuery,
  publicationFilters,
  type PublicationQuery,
} from '#shared/utils/publication-filters';

// Six per page: the seeded series (seven reports) already shows the pagination at work.
const PAGE_SIZE = 6;

/** The publication list for the filters in the URL, in the page's language (with fallback). */
export async function usePublicationList() {
  const route = useRoute();
  const { locale } = useI18n();
  const query = computed<PublicationQuery>(() => parsePublicationQuery(route.query));
  const result = await useCmsQuery(PublicationsDocument, () => ({
    locale: locale.value,
    filters: publicationFilters(query.value),
    page: query.value.page,
    pageSize: PAGE_SIZE,
  }));
  return { query, ...result };
}

/** A few latest publications, for the home page. */
export function useLatestPublications(count: number) {
  const { locale } = useI18n();
  return useCmsQuery(PublicationsDocument, () => ({ locale: locale.value, pageSize: count }));
}

interface Option {
  value: string;
  label: string;
}
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
const unique = (options: Option[]) =>
  [...new Map(options.map((option) => [option.value, option])).values()].sort(byLabel);

/** The choices each publication filter offers: only values some publication has. */
export async function usePublicationFacets() {
  const { locale } = useI18n();
  const t = useTranslate();
  const { data } = await useCmsQuery(PublicationFacetsDocument, () => ({ locale: locale.value }));
  return computed(() => {
    const nodes = data.value?.publications_connection?.nodes ?? [];
    return {
      authors: unique(
        nodes.flatMap((node) =>
          node.authors.flatMap((author) =>
            author ? [{ value: author.slug, label: author.name }] : [],
          ),
        ),
      ),
      years: unique(
        nodes.flatMap((node) => {
          const year = yearOf(node.publicationDate);
          return year ? [{ value: String(year), label: String(year) }] : [];
        }),
      ).reverse(),
      types: unique(
        nodes.map((node) => ({
          value: node.publicationType,
          label: t(`publications.types.${node.publicationType}`),
        })),
      ),
      topics: unique(
        nodes.flatMap((node) =>
          node.topics.flatMap((topic) =>
            topic ? [{ value: topic.slug, label: topic.title }] : [],
          ),
        ),
      ),
      languages: unique(
        nodes.map((node) => ({
          value: node.documentLanguage,
          label: t(`languages.${node.documentLanguage}`),
        })),
      ),
    };
  });
}

/** One publication by the slug in the URL. */
export function usePublication() {
  return useCmsEntry(PublicationBySlugDocument, (result) => result.publications);
}
