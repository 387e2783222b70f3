import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import LanguageSwitcher from '~/components/LanguageSwitcher.vue';

const SITE = 'http://localhost:3000';

/**
 * A page at `route` (an entry's page when `slugs` are given, as useCmsEntry names them) with the
 * layout's language head and the language switcher: the switcher's links and the head's tags.
 */
async function languageLinksOn(route: string, slugs?: Record<string, string>) {
  let head!: ReturnType<typeof injectHead>;
  const Page = defineComponent({
    setup() {
      const entrySlugs = useEntrySlugs();
      entrySlugs.value = slugs ? { path: useRoute().path, slugs } : null;
      useLanguageHead();
      head = injectHead();
      return () => h(LanguageSwitcher);
    },
  });
  const wrapper = await mountSuspended(Page, { route });
  // What the page's head entries ask for (unhead's rendering is unhead's to test), resolved now
  // that the page has rendered, as the server does.
  const asked = (key: 'link' | 'meta' | 'htmlAttrs') =>
    [...head.entries.values()].flatMap((entry) => {
      const input = entry.input as Record<string, unknown>;
      const value = input[key];
      return value === undefined ? [] : [typeof value === 'function' ? value() : value];
    });
  const tags = (key: 'link' | 'meta') => asked(key).flat() as Array<Record<string, string>>;
  const found = {
    switcher: wrapper.findAll('a').map((link) => link.attributes('href')),
    links: tags('link')
      .filter(({ rel }) => rel === 'alternate' || rel === 'canonical')
      .map(({ rel, hreflang, href }) => `${hreflang ?? rel} ${href}`),
    meta: tags('meta')
      .filter(({ property }) => property?.startsWith('og:'))
      .map(({ property, content }) => `${property} ${content}`),
    lang: asked('htmlAttrs').map((attributes) => toValue(attributes.lang))[0],
  };
  wrapper.unmount();
  return found;
}

describe('language links: the switcher and the head', () => {
  // On the server the header (and its switcher) renders before the page has read its entry: the
  // switcher then links with the page's own slug, and the entry page redirects (useCmsEntry). The
  // head is rendered last, with the slugs.
  it('give an entry’s page in each language by its own slug, once the page named them', async () => {
    const english = await languageLinksOn('/publications/drug-markets', {
      en: 'drug-markets',
      fr: 'marches-des-drogues',
    });
    expect(english.switcher).toEqual(['/fr/publications/marches-des-drogues']);
    expect(english.lang).toBe('en-GB');
    expect(english.links).toEqual([
      `x-default ${SITE}/publications/drug-markets`,
      `en ${SITE}/publications/drug-markets`,
      `en-GB ${SITE}/publications/drug-markets`,
      `fr ${SITE}/fr/publications/marches-des-drogues`,
      `fr-FR ${SITE}/fr/publications/marches-des-drogues`,
      `canonical ${SITE}/publications/drug-markets`,
    ]);
    expect(english.meta).toEqual([
      `og:url ${SITE}/publications/drug-markets`,
      'og:locale en_GB',
      'og:locale:alternate fr_FR',
    ]);

    const french = await languageLinksOn('/fr/publications/marches-des-drogues', {
      en: 'drug-markets',
      fr: 'marches-des-drogues',
    });
    expect(french.switcher).toEqual(['/publications/drug-markets']);
    expect(french.lang).toBe('fr-FR');
    expect(french.links).toContain(`canonical ${SITE}/fr/publications/marches-des-drogues`);
    expect(french.meta).toContain('og:locale:alternate en_GB');
  });

  it('keep a list’s query in the switcher, and leave it out of the head', async () => {
    const list = await languageLinksOn('/publications?type=report&page=2');
    expect(list.switcher).toEqual(['/fr/publications?type=report&page=2']);
    expect(list.links).toContain(`canonical ${SITE}/publications`);
    expect(list.links).toContain(`fr ${SITE}/fr/publications`);
  });

  it('forget an entry’s slugs on another page', async () => {
    await languageLinksOn('/publications/drug-markets', { en: 'drug-markets', fr: 'marches' });
    const other = await languageLinksOn('/publications/another-report');
    expect(other.switcher).toEqual(['/fr/publications/another-report']);
  });
});
