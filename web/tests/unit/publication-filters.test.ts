import { describe, expect, it } from 'vitest';
import {
  hasPublicationFilters,
  parsePublicationQuery,
  publicationFilters,
  publicationRouteQuery,
} from '../../shared/utils/publication-filters';

describe('publication filters in the URL', () => {
  it('reads valid filters and drops malformed ones', () => {
    expect(
      parsePublicationQuery({
        q: '  harm reduction ',
        author: 'michael-levi',
        year: '2013',
        type: 'report',
        topic: 'law-enforcement',
        lang: 'en',
        page: '2',
      }),
    ).toEqual({
      q: 'harm reduction',
      author: 'michael-levi',
      year: '2013',
      type: 'report',
      topic: 'law-enforcement',
      lang: 'en',
      page: 2,
    });
    const bad = parsePublicationQuery({
      q: ['first', 'second'],
      author: '<script>',
      year: '20x3',
      type: 'DROP TABLE',
      page: '-1',
    });
    expect(bad).toEqual({
      q: 'first',
      author: '',
      year: '',
      type: '',
      topic: '',
      lang: '',
      page: 1,
    });
    expect(parsePublicationQuery({ q: 'x'.repeat(500) }).q).toHaveLength(100);
    expect(hasPublicationFilters(bad)).toBe(true);
    expect(hasPublicationFilters(parsePublicationQuery({ page: '3' }))).toBe(false);
  });

  it('turns them into one GraphQL filter', () => {
    expect(publicationFilters(parsePublicationQuery({}))).toEqual({});
    expect(
      publicationFilters(parsePublicationQuery({ q: 'harm', year: '2013', author: 'a-stevens' })),
    ).toEqual({
      and: [
        { or: [{ title: { containsi: 'harm' } }, { abstract: { containsi: 'harm' } }] },
        { authors: { slug: { eq: 'a-stevens' } } },
        { publicationDate: { between: ['2013-01-01', '2013-12-31'] } },
      ],
    });
  });

  it('writes a short URL: empty values left out, page 1 implied', () => {
    expect(publicationRouteQuery({ q: '', type: 'report', page: 1 })).toEqual({ type: 'report' });
    expect(publicationRouteQuery({ lang: 'fr', page: 3 })).toEqual({ lang: 'fr', page: '3' });
  });
});
