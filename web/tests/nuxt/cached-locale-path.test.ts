import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';

/** The paths a page in `route`'s language links to, as useCachedLocalePath gives them. */
async function pathsOn(route: string) {
  let paths: string[] = [];
  const Links = defineComponent({
    setup() {
      const localePath = useCachedLocalePath();
      paths = [
        localePath('/'),
        localePath('/events'),
        localePath({ name: 'publications-slug', params: { slug: 'a-report' } }),
        localePath('/events', 'en'),
      ];
      return () => h('p');
    },
  });
  await mountSuspended(Links, { route });
  return paths;
}

describe('useCachedLocalePath', () => {
  // The answers are kept across requests (import.meta.dev is false here): a language must never
  // get another's.
  it('gives each language its own paths, asked in any order', async () => {
    const english = ['/', '/events', '/publications/a-report', '/events'];
    const french = ['/fr', '/fr/evenements', '/fr/publications/a-report', '/events'];
    expect(await pathsOn('/')).toEqual(english);
    expect(await pathsOn('/fr')).toEqual(french);
    expect(await pathsOn('/')).toEqual(english);
  });
});
