/**
 * Lists sorted by a date an entry may leave empty show the undated entries last, in either
 * direction and on both databases (PostgreSQL sorts NULL first in a descending sort, SQLite last).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

const LIST = `query Undated($sort: [String], $page: Int, $pageSize: Int) {
  publications_connection(
    locale: "en"
    filters: { slug: { startsWith: "undated-last-" } }
    sort: $sort
    pagination: { page: $page, pageSize: $pageSize }
  ) {
    nodes { title authors { name } }
    pageInfo { total }
  }
}`;

interface Answer {
  publications_connection: { nodes: { title: string }[]; pageInfo: { total: number } };
}

describe('undated entries last in a list sorted by date', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
    const entries: [string, string | null][] = [
      ['Undated A', null],
      ['Dated 2019', '2019-03-01'],
      ['Undated B', null],
      ['Dated 2021', '2021-06-01'],
      ['Dated 2020', '2020-01-15'],
    ];
    for (const [title, publicationDate] of entries) {
      await cms.strapi.documents('api::publication.publication').create({
        locale: 'en',
        status: 'published',
        data: {
          title,
          slug: `undated-last-${title.toLowerCase().replace(' ', '-')}`,
          publicationType: 'report',
          documentLanguage: 'en',
          publicationDate,
        },
      } as never);
    }
  });
  afterAll(async () => {
    await cms?.stop();
  });

  /** Every page of the list, in order, `pageSize` at a time. */
  const pages = async (sort: string[], pageSize: number) => {
    const titles: string[][] = [];
    for (let page = 1; page <= Math.ceil(5 / pageSize) + 1; page += 1) {
      const { body } = await cms.graphql<Answer>(LIST, { sort, page, pageSize });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data!.publications_connection.pageInfo.total).toBe(5);
      titles.push(body.data!.publications_connection.nodes.map((node) => node.title));
    }
    return titles;
  };

  it('puts them after the dated ones, newest first, on every page', async () => {
    expect(await pages(['publicationDate:desc', 'title:asc'], 2)).toEqual([
      ['Dated 2021', 'Dated 2020'],
      ['Dated 2019', 'Undated A'],
      ['Undated B'],
      [],
    ]);
    expect(await pages(['publicationDate:desc', 'title:asc'], 10)).toEqual([
      ['Dated 2021', 'Dated 2020', 'Dated 2019', 'Undated A', 'Undated B'],
      [],
    ]);
  });

  it('puts them after the dated ones oldest first too', async () => {
    expect(await pages(['publicationDate:asc', 'title:desc'], 2)).toEqual([
      ['Dated 2019', 'Dated 2020'],
      ['Dated 2021', 'Undated B'],
      ['Undated A'],
      [],
    ]);
  });

  it('leaves other sorts as the database gives them', async () => {
    expect(await pages(['title:asc'], 5)).toEqual([
      ['Dated 2019', 'Dated 2020', 'Dated 2021', 'Undated A', 'Undated B'],
      [],
    ]);
  });
});
