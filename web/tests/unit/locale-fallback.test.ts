import { describe, expect, it } from 'vitest';
import {
  compareBySort,
  fallbackOrder,
  mergeByDocument,
  queryShape,
  runWithLocaleFallback,
  type Variables,
} from '../../server/utils/locale-fallback';

const LIST = `query Things($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 2, $sort: [String] = ["date:desc", "title:asc"]) {
  things_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }, sort: $sort) { nodes { documentId } }
}`;
const ONE = `query Thing($locale: I18NLocaleCode!, $slug: String!) { things(locale: $locale, filters: { slug: { eq: $slug } }) { documentId } }`;

interface Thing {
  documentId: string;
  locale: string;
  title: string;
  date: string | null;
}
const thing = (documentId: string, locale: string, title: string, date: string | null) => ({
  documentId,
  locale,
  title,
  date,
});

/** A fake CMS answering per locale with pages, like Strapi's connections do. */
function cms(byLocale: Record<string, Thing[]>) {
  const calls: Variables[] = [];
  const run = async (variables: Variables) => {
    calls.push(variables);
    const all = byLocale[variables.locale as string] ?? [];
    if ('slug' in variables) return { things: all.filter((item) => item.title === variables.slug) };
    const page = variables.page as number;
    const pageSize = variables.pageSize as number;
    return {
      things_connection: {
        nodes: all.slice((page - 1) * pageSize, page * pageSize),
        pageInfo: {
          page,
          pageSize,
          pageCount: Math.ceil(all.length / pageSize),
          total: all.length,
        },
      },
    };
  };
  return { run, calls };
}

describe('locale fallback', () => {
  it('tries the visitor’s locale first, then the others', () => {
    expect(fallbackOrder('fr', ['en', 'fr'])).toEqual(['fr', 'en']);
    expect(fallbackOrder('en', ['en', 'fr'])).toEqual(['en', 'fr']);
  });

  it('reads a document’s root field and declared defaults', () => {
    expect(queryShape(LIST)).toEqual({
      rootField: 'things_connection',
      defaults: { page: 1, pageSize: 2, sort: ['date:desc', 'title:asc'] },
    });
    expect(queryShape(ONE).rootField).toBe('things');
  });

  it('sorts like Strapi sort strings, missing values last', () => {
    const items = [
      { title: 'b', date: null },
      { title: 'a', date: '2013-01-01' },
      { title: 'c', date: '2014-01-01' },
      { title: 'a', date: null },
    ];
    expect(items.sort(compareBySort(['date:desc', 'title:asc']))).toEqual([
      { title: 'c', date: '2014-01-01' },
      { title: 'a', date: '2013-01-01' },
      { title: 'a', date: null },
      { title: 'b', date: null },
    ]);
  });

  it('keeps one entry per document, in the first list that has it', () => {
    expect(
      mergeByDocument([
        [thing('1', 'fr', 'Un', null)],
        [thing('1', 'en', 'One', null), thing('2', 'en', 'Two', null)],
      ]),
    ).toEqual([thing('1', 'fr', 'Un', null), thing('2', 'en', 'Two', null)]);
  });

  it('merges a list across locales, then sorts and paginates the whole', async () => {
    const { run } = cms({
      fr: [thing('1', 'fr', 'Rapport', '2013-05-01')],
      en: [
        thing('1', 'en', 'Report', '2013-05-01'),
        thing('2', 'en', 'Briefing', '2014-01-01'),
        thing('3', 'en', 'Paper', null),
      ],
    });
    const first = await runWithLocaleFallback(run, LIST, { locale: 'fr' }, ['fr', 'en']);
    expect(first).toEqual({
      things_connection: {
        nodes: [
          thing('2', 'en', 'Briefing', '2014-01-01'),
          thing('1', 'fr', 'Rapport', '2013-05-01'),
        ],
        pageInfo: { page: 1, pageSize: 2, pageCount: 2, total: 3 },
      },
    });
    const second = await runWithLocaleFallback(run, LIST, { locale: 'fr', page: 2 }, ['fr', 'en']);
    expect((second.things_connection as { nodes: Thing[] }).nodes).toEqual([
      thing('3', 'en', 'Paper', null),
    ]);
  });

  it('reads every page of each locale before merging', async () => {
    const many = Array.from({ length: 250 }, (_, index) =>
      thing(String(index), 'en', `T${String(index).padStart(3, '0')}`, null),
    );
    const { run, calls } = cms({ en: many, fr: [] });
    const result = await runWithLocaleFallback(
      run,
      LIST,
      { locale: 'fr', pageSize: 100, page: 3 },
      ['fr', 'en'],
    );
    const connection = result.things_connection as { nodes: Thing[]; pageInfo: { total: number } };
    expect(connection.pageInfo.total).toBe(250);
    expect(connection.nodes).toHaveLength(50);
    expect(calls.filter((call) => call.locale === 'en')).toHaveLength(3);
  });

  it('finds a single entry in the next locale when the first has none', async () => {
    const { run, calls } = cms({ fr: [], en: [thing('1', 'en', 'report', null)] });
    expect(
      await runWithLocaleFallback(run, ONE, { locale: 'fr', slug: 'report' }, ['fr', 'en']),
    ).toEqual({
      things: [thing('1', 'en', 'report', null)],
    });
    expect(calls.map((call) => call.locale)).toEqual(['fr', 'en']);
    expect(
      await runWithLocaleFallback(run, ONE, { locale: 'fr', slug: 'nothing' }, ['fr', 'en']),
    ).toEqual({
      things: [],
    });
  });
});
