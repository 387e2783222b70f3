import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';

/** The social-card values usePageSeo asks the head for, on a page with the given share image. */
async function socialCard(shareImageUrl: string | undefined) {
  let head!: ReturnType<typeof injectHead>;
  const Page = defineComponent({
    setup() {
      usePageSeo({
        title: 'A report',
        description: 'About drug markets.',
        seo: shareImageUrl
          ? ({ shareImage: { url: shareImageUrl } } as Parameters<typeof usePageSeo>[0]['seo'])
          : undefined,
      });
      head = injectHead();
      return () => h('p');
    },
  });
  const wrapper = await mountSuspended(Page, { route: '/' });
  // useSeoMeta keeps its values as `_flatMeta` until the head is rendered.
  const meta = [...head.entries.values()]
    .map((entry) => (entry.input as { _flatMeta?: Record<string, unknown> })._flatMeta)
    .find((values) => values && 'ogImage' in values)!;
  const card = {
    ogImage: toValue(meta.ogImage as MaybeRefOrGetter<string | undefined>),
    twitterCard: toValue(meta.twitterCard as MaybeRefOrGetter<string>),
  };
  wrapper.unmount();
  return card;
}

describe('usePageSeo', () => {
  // Uploads are served from NUXT_PUBLIC_MEDIA_URL (the CMS, a CDN or a bucket), not by the site.
  it('gives the share image at the uploads’ address, and a large card for it', async () => {
    expect(await socialCard('/uploads/cover.png')).toEqual({
      ogImage: 'http://localhost:1337/uploads/cover.png',
      twitterCard: 'summary_large_image',
    });
    expect((await socialCard('https://cdn.example.org/cover.png')).ogImage).toBe(
      'https://cdn.example.org/cover.png',
    );
    expect(await socialCard(undefined)).toEqual({ ogImage: undefined, twitterCard: 'summary' });
  });
});
