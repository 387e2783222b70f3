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
  const config = useRuntimeConfig();
  const pageTitle = () => toValue(seo)?.metaTitle || toValue(title) || undefined;
  const pageDescription = () =>
    toValue(seo)?.metaDescription || toValue(description)?.slice(0, 300) || undefined;
  const image = () => {
    const url = toValue(seo)?.shareImage?.url;
    return url ? new URL(url, config.public.siteUrl).toString() : undefined;
  };
  useSeoMeta({
    title: pageTitle,
    description: pageDescription,
    ogTitle: pageTitle,
    ogDescription: pageDescription,
    ogType: type,
    ogImage: image,
    twitterCard: () => (image() ? 'summary_large_image' : 'summary'),
  });
}
