import type { SeoFragment } from '@mdle/api-client';

interface PageSeo {
  title: MaybeRefOrGetter<string | null | undefined>;
  description: MaybeRefOrGetter<string | null | undefined>;
  /** The entry's SEO component, when it has one: the editor's title and description win. */
  seo?: MaybeRefOrGetter<SeoFragment | null | undefined>;
  type?: 'website' | 'article';
}

/** One title, one description and the social cards of a page, from its content. */
export function usePageSeo({ title, description, seo, type = 'website' }: PageSeo) {
  const mediaUrl = useMediaUrl();
  // Each is read twice (the page's tag and its social card): worked out once.
  const pageTitle = computed(() => toValue(seo)?.metaTitle || toValue(title) || undefined);
  const pageDescription = computed(
    () => toValue(seo)?.metaDescription || toValue(description)?.slice(0, 300) || undefined,
  );
  // An uploaded file, at the address visitors reach uploads (the CMS, a CDN or a bucket).
  const image = computed(() => mediaUrl(toValue(seo)?.shareImage?.url));
  useSeoMeta({
    title: pageTitle,
    description: pageDescription,
    ogTitle: pageTitle,
    ogDescription: pageDescription,
    ogType: type,
    ogImage: image,
    twitterCard: () => (image.value ? 'summary_large_image' : 'summary'),
  });
}
