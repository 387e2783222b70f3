import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import type { PublicationSummaryFragment } from '@mdle/api-client';
import AppPagination from '~/components/AppPagination.vue';
import FallbackNotice from '~/components/FallbackNotice.vue';
import PublicationCard from '~/components/PublicationCard.vue';
import PublicationDownload from '~/components/PublicationDownload.vue';

const publication: PublicationSummaryFragment = {
  documentId: 'doc1',
  locale: 'en',
  title: 'Drug markets, security and foreign aid',
  slug: 'drug-markets-security-foreign-aid',
  publicationType: 'report',
  seriesNumber: 3,
  publicationDate: '2013-09-01',
  datePrecision: 'month',
  documentLanguage: 'en',
  abstract: null,
  authors: [
    { name: 'Virginia Comolli', slug: 'virginia-comolli' },
    null,
    { name: 'Claudia Hofmann', slug: 'claudia-hofmann' },
  ],
};

describe('PublicationCard', () => {
  it('shows type, date at its precision, linked authors, in the page language', async () => {
    const wrapper = await mountSuspended(PublicationCard, { props: { publication }, route: '/' });
    expect(wrapper.text()).toContain('Report · September 2013');
    expect(wrapper.get('h2 a').attributes('href')).toBe(
      '/publications/drug-markets-security-foreign-aid',
    );
    const authors = wrapper.findAll('.byline a');
    expect(authors.map((link) => link.text())).toEqual(['Virginia Comolli', 'Claudia Hofmann']);
    expect(authors[0]!.attributes('href')).toBe('/people/virginia-comolli');
    expect(wrapper.get('article').attributes('lang')).toBeUndefined();
    expect(wrapper.find('.language-label').exists()).toBe(false);
  });

  it('on the French site, marks an English entry as English and links French URLs', async () => {
    const wrapper = await mountSuspended(PublicationCard, {
      props: { publication, headingLevel: 3 },
      route: '/fr',
    });
    expect(wrapper.text()).toContain('Rapport · septembre 2013');
    expect(wrapper.get('article').attributes('lang')).toBe('en');
    expect(wrapper.get('.language-label').text()).toBe('en anglais');
    expect(wrapper.get('h3 a').attributes('href')).toBe(
      '/fr/publications/drug-markets-security-foreign-aid',
    );
    expect(wrapper.get('.byline a').attributes('href')).toBe('/fr/personnes/virginia-comolli');
  });
});

describe('FallbackNotice', () => {
  it('says which language the content is shown in, only when it is not the page’s', async () => {
    const french = await mountSuspended(FallbackNotice, {
      props: { entryLocale: 'en' },
      route: '/fr',
    });
    expect(french.text()).toBe(
      "Ce contenu n'est pas disponible en français. Il est affiché en anglais.",
    );
    expect(french.get('p').attributes('role')).toBe('note');
    const same = await mountSuspended(FallbackNotice, {
      props: { entryLocale: 'fr' },
      route: '/fr',
    });
    expect(same.find('p').exists()).toBe(false);
  });
});

describe('AppPagination', () => {
  it('links to the neighbouring pages and keeps the filters of the URL', async () => {
    const wrapper = await mountSuspended(AppPagination, {
      props: { page: 2, pageCount: 3 },
      route: '/publications?type=report&page=2',
    });
    expect(wrapper.text()).toContain('Page 2 of 3');
    expect(wrapper.get('a[rel="prev"]').attributes('href')).toBe('/publications?type=report');
    expect(wrapper.get('a[rel="next"]').attributes('href')).toBe(
      '/publications?type=report&page=3',
    );
    // Neither is the page shown (RouterLink, which ignores the query, marked them both current).
    expect(wrapper.findAll('a[aria-current]')).toHaveLength(0);
  });

  it('is absent when everything fits on one page', async () => {
    const wrapper = await mountSuspended(AppPagination, { props: { page: 1, pageCount: 1 } });
    expect(wrapper.find('nav').exists()).toBe(false);
  });
});

describe('PublicationDownload', () => {
  it('links the PDF at the media address, with its size and language', async () => {
    const wrapper = await mountSuspended(PublicationDownload, {
      props: { pdf: { url: '/uploads/report_3.pdf', size: 1234.5 }, documentLanguage: 'en' },
      route: '/fr',
    });
    const link = wrapper.get('a');
    expect(link.attributes('href')).toBe('http://localhost:1337/uploads/report_3.pdf');
    expect(link.attributes('type')).toBe('application/pdf');
    expect(link.attributes('hreflang')).toBe('en');
    expect(link.text()).toBe('Télécharger le PDF');
    expect(wrapper.text().replace(/\s/g, ' ')).toContain('(PDF, 1,2 Mo, en anglais)');
  });

  it('shows nothing when there is no PDF', async () => {
    const wrapper = await mountSuspended(PublicationDownload, {
      props: { pdf: null, documentLanguage: 'en' },
    });
    expect(wrapper.find('a').exists()).toBe(false);
  });
});
