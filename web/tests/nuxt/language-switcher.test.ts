import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import LanguageSwitcher from '~/components/LanguageSwitcher.vue';

describe('LanguageSwitcher', () => {
  it('offers the other language, labelled in that language, linking to the same page', async () => {
    const wrapper = await mountSuspended(LanguageSwitcher, { route: '/' });
    const links = wrapper.findAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.text()).toBe('Français');
    expect(links[0]!.attributes('href')).toBe('/fr');
    expect(links[0]!.attributes('lang')).toBe('fr-FR');
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Language');
  });

  it('switches back to English from a French page', async () => {
    const wrapper = await mountSuspended(LanguageSwitcher, { route: '/fr' });
    const link = wrapper.get('a');
    expect(link.text()).toBe('English');
    expect(link.attributes('href')).toBe('/');
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Langue');
  });
});
