import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSubqueryFilters } from '../src/extensions/graphql/locale-fallback';
import { bootCms, type TestCms } from './harness';

const PUBLICATIONS = 'api::publication.publication';

const LIST = `query List($locale: I18NLocaleCode, $page: Int) {
  publications_connection(
    locale: $locale
    filters: { slug: { startsWith: "fallback-" } }
    sort: "title:asc"
    pagination: { page: $page, pageSize: 2 }
  ) {
    nodes { documentId title locale }
    pageInfo { page pageCount total }
  }
}`;

const PROJECT = `query Project($locale: I18NLocaleCode) { project(locale: $locale) { name locale } }`;

interface Connection {
  nodes: { documentId: string; title: string; locale: string }[];
  pageInfo: { page: number; pageCount: number; total: number };
}

describe('locale fallback in the CMS (the `localeFallback` request extension)', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
    const publications = cms.strapi.documents(PUBLICATIONS);
    const create = async (versions: { locale: string; title: string; publish: boolean }[]) => {
      let documentId: string | undefined;
      for (const { locale, title, publish } of versions) {
        const data = {
          title,
          slug: `fallback-${title.toLowerCase().replaceAll(' ', '-')}`,
          publicationType: 'report',
          documentLanguage: locale,
        };
        const created = documentId
          ? await publications.update({ documentId, locale, data } as never)
          : await publications.create({ locale, data } as never);
        documentId = created!.documentId;
        if (publish) await publications.publish({ documentId, locale });
      }
    };
    // Titles sort the same way in both languages: A, B, C, D.
    await create([
      { locale: 'en', title: 'A both', publish: true },
      { locale: 'fr', title: 'A les deux', publish: true },
    ]);
    await create([{ locale: 'en', title: 'B english only', publish: true }]);
    await create([{ locale: 'fr', title: 'C francais seulement', publish: true }]);
    await create([
      { locale: 'en', title: 'D english published', publish: true },
      { locale: 'fr', title: 'D brouillon', publish: false },
    ]);
  });
  afterAll(() => cms?.stop());

  const ask = async <T>(query: string, variables: object, localeFallback: boolean) => {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables,
        ...(localeFallback ? { extensions: { localeFallback: true } } : {}),
      }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const list = async (locale: string, page: number, localeFallback = true) =>
    (await ask<{ publications_connection: Connection }>(LIST, { locale, page }, localeFallback))
      .publications_connection;
  const shown = (connection: Connection) =>
    connection.nodes.map((node) => `${node.locale}:${node.title}`);

  it('lists each document once, in the asked language else another, paginated by the CMS', async () => {
    const first = await list('fr', 1);
    const second = await list('fr', 2);
    expect([...shown(first), ...shown(second)]).toEqual([
      'fr:A les deux',
      'en:B english only',
      'fr:C francais seulement',
      'en:D english published', // its French version is a draft
    ]);
    expect(first.pageInfo).toEqual({ page: 1, pageCount: 2, total: 4 });
    expect(second.pageInfo).toEqual({ page: 2, pageCount: 2, total: 4 });
  });

  it('falls back the other way too: an English reader gets French-only documents', async () => {
    const all = [...shown(await list('en', 1)), ...shown(await list('en', 2))];
    expect(all).toEqual([
      'en:A both',
      'en:B english only',
      'fr:C francais seulement',
      'en:D english published',
    ]);
  });

  it('keeps a locale’s plain meaning without the extension', async () => {
    const french = await list('fr', 1, false);
    expect(shown(french)).toEqual(['fr:A les deux', 'fr:C francais seulement']);
    expect(french.pageInfo.total).toBe(2);
  });

  it('answers a single type in the default language when the asked one has no version', async () => {
    // A third locale with no content at all (no content write: nothing runs in the background
    // while the CMS stops after this test).
    await cms.strapi.plugin('i18n').service('locales').create({ code: 'es', name: 'Spanish (es)' });
    type Answer = { project: { name: string; locale: string } | null };
    expect((await ask<Answer>(PROJECT, { locale: 'es' }, false)).project).toBeNull();
    expect((await ask<Answer>(PROJECT, { locale: 'es' }, true)).project?.locale).toBe('en');
  });

  it('fails the start when Strapi no longer takes a subquery as a filter value', async () => {
    await expect(assertSubqueryFilters(cms.strapi)).resolves.toBeUndefined();
    // A Strapi that binds the subquery as a plain value (its SQL text), as an upgrade could.
    const { db } = cms.strapi;
    const asPlainValue = (where: unknown): unknown =>
      JSON.parse(
        JSON.stringify(where, (_key, value: unknown) =>
          typeof (value as { toSQL?: unknown } | null)?.toSQL === 'function'
            ? String(value)
            : value,
        ),
      );
    const changedDb = new Proxy(db, {
      get: (target, key) =>
        key === 'query'
          ? (uid: string) => {
              const query = target.query(uid as never);
              return {
                count: (params?: { where?: unknown }) =>
                  query.count(params && { ...params, where: asPlainValue(params.where) }),
              };
            }
          : Reflect.get(target, key),
    });
    const changedStrapi = new Proxy(cms.strapi, {
      get: (target, key) => (key === 'db' ? changedDb : Reflect.get(target, key)),
    });
    await expect(assertSubqueryFilters(changedStrapi)).rejects.toThrow(
      /no longer take a knex subquery/,
    );
  });
});
