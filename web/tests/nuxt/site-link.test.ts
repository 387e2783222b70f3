import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import type { RouteLocationRaw } from 'vue-router';
import SiteLink from '~/components/SiteLink.vue';

const linkTo = (to: RouteLocationRaw, route: string) =>
  mountSuspended(SiteLink, { props: { to }, route, slots: { default: () => 'Publications' } });

describe('SiteLink', () => {
  it('is a plain link to a path, marked current on that very page only, query included', async () => {
    const onItsPage = await linkTo('/publications', '/publications');
    expect(onItsPage.element.tagName).toBe('A');
    expect(onItsPage.attributes('href')).toBe('/publications');
    expect(onItsPage.attributes('aria-current')).toBe('page');
    expect(onItsPage.text()).toBe('Publications');

    expect(
      (await linkTo('/publications', '/publications?page=2')).attributes('aria-current'),
    ).toBeUndefined();
    expect(
      (await linkTo('/publications', '/fr/publications')).attributes('aria-current'),
    ).toBeUndefined();
  });

  it('resolves a location (a query on the current page) through the router', async () => {
    const next = await linkTo(
      { query: { type: 'report', page: '2' } },
      '/publications?type=report',
    );
    expect(next.attributes('href')).toBe('/publications?type=report&page=2');
    expect(next.attributes('aria-current')).toBeUndefined();
  });
});
