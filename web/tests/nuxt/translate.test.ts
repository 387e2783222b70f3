import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';

/** Texts as useTranslate gives them to a page in `route`'s language. */
async function textsOn(route: string) {
  let texts: string[] = [];
  const Texts = defineComponent({
    setup() {
      const t = useTranslate();
      texts = [
        t('skipToContent'),
        t('publications.metaDescription', { type: 'Report', authors: 'A. Author' }),
        t('publications.metaDescription', { type: 'Paper', authors: 'B. Author' }),
      ];
      return () => h('p');
    },
  });
  await mountSuspended(Texts, { route });
  return texts;
}

describe('useTranslate', () => {
  // Texts are kept across requests (import.meta.dev is false here): a language must never get
  // another's, and a message's parameters must never be frozen.
  it('gives each language its own texts, with the parameters of each call', async () => {
    const english = await textsOn('/');
    expect(english[0]).toBe('Skip to content');
    expect(english[1]).toBe(
      'Report of the Modernising Drug Law Enforcement project, by A. Author.',
    );
    expect(english[2]).toContain('Paper of the');
    expect(english[2]).toContain('by B. Author.');
    const french = await textsOn('/fr');
    expect(french[0]).toBe('Aller au contenu');
    expect(french[1]).toContain('A. Author');
    expect(await textsOn('/')).toEqual(english);
  });
});
