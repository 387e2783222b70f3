/**
 * The site search through the public GraphQL API, on the database the run uses (SQLite by
 * default, PostgreSQL with DATABASE_URL): stemming in each language, ranking, published content
 * only, both locales, hostile input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexOf } from '../src/api/search/lib/engine';
import { ensureSearchIndex } from '../src/bootstrap/search-index';
import type { SearchEntry } from '../src/api/search/lib/index';
import { bootCms, type TestCms } from './harness';

const SEARCH = `query Search($query: String!, $locale: I18NLocaleCode, $type: SearchEntryType, $page: Int, $pageSize: Int) {
  search(query: $query, locale: $locale, type: $type, page: $page, pageSize: $pageSize) {
    query
    counts { type count }
    hits { type documentId locale slug title snippet { text match } }
    pageInfo { page pageSize pageCount total }
  }
}`;

interface Results {
  search: {
    query: string;
    counts: { type: string; count: number }[];
    hits: {
      type: string;
      documentId: string;
      locale: string;
      slug: string;
      title: string;
      snippet: { text: string; match: boolean }[];
    }[];
    pageInfo: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

describe('site search', () => {
  let cms: TestCms;
  const search = async (query: string, variables: Record<string, unknown> = {}) => {
    const { status, body } = await cms.graphql<Results>(SEARCH, { query, ...variables });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data!.search;
  };
  const slugs = async (query: string, variables: Record<string, unknown> = {}) =>
    (await search(query, variables)).hits.map((hit) => hit.slug);

  const publication = (
    data: Record<string, unknown>,
    status: 'published' | 'draft' = 'published',
  ) =>
    cms.strapi.documents('api::publication.publication').create({
      data: { publicationType: 'report', documentLanguage: 'en', ...data },
      locale: 'en',
      status,
    } as never) as Promise<{ documentId: string }>;

  beforeAll(async () => {
    cms = await bootCms();
    await publication({
      title: 'Community approaches to drug markets',
      slug: 'community-approaches',
      abstract: 'How the police can work with residents to reduce violence around drug markets.',
    });
    await publication({ title: 'Cartels and their money', slug: 'cartels-title' });
    await publication({
      title: 'Financial flows',
      slug: 'cartels-abstract',
      abstract: 'Follows the money of cartels across borders.',
    });
    await cms.strapi.documents('api::news-article.news-article').create({
      data: {
        title: 'La réduction du risque dans les marchés',
        slug: 'reduction-du-risque',
        summary: 'Une police de proximité au service de la réduction du risque pour les usagers.',
      },
      locale: 'fr',
      status: 'published',
    } as never);
  });
  afterAll(() => cms?.stop());

  it('finds words by their stem, in English and in French', async () => {
    // Every hit, on one page: five of the seed's entries tie with it in rank, and ties go by
    // document id (random), so a 10-hit page holds it four times in five.
    expect(await slugs('policing', { pageSize: 50 })).toContain('community-approaches');
    expect(await slugs('réduction des risques', { locale: 'fr' })).toContain('reduction-du-risque');
    // The seeded reports: "harm reduction" finds both reports about it.
    expect(await slugs('harm reduction')).toEqual(
      expect.arrayContaining([
        'police-support-for-harm-reduction',
        'harm-reduction-policing-retail-drug-markets',
      ]),
    );
  });

  it('ranks a title match above a match in the text', async () => {
    const found = await slugs('cartel');
    expect(found.indexOf('cartels-title')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('cartels-title')).toBeLessThan(found.indexOf('cartels-abstract'));
  });

  it('finds French content from the English site, marked with its language', async () => {
    const results = await search('réduction des risques', { locale: 'en' });
    const hit = results.hits.find((each) => each.slug === 'reduction-du-risque');
    expect(hit).toMatchObject({ type: 'news', locale: 'fr' });
  });

  it('marks the matched words in a snippet of the text', async () => {
    const hit = (await search('violence')).hits.find(
      (each) => each.slug === 'community-approaches',
    );
    expect(hit!.snippet.filter((part) => part.match).map((part) => part.text.trim())).toContain(
      'violence',
    );
    expect(hit!.snippet.map((part) => part.text).join('')).toContain('reduce violence');
  });

  it('covers published content only, kept up to date on publish and unpublish', async () => {
    const publications = cms.strapi.documents('api::publication.publication');
    const { documentId } = await publication(
      { title: 'Zanzibarite trafficking routes', slug: 'zanzibarite' },
      'draft',
    );
    expect(await slugs('zanzibarite')).toEqual([]);
    await publications.publish({ documentId, locale: 'en' });
    expect(await slugs('zanzibarite')).toEqual(['zanzibarite']);
    // An edit of the draft does not reach the index until it is published.
    await publications.update({
      documentId,
      locale: 'en',
      data: { title: 'Quokkalite trafficking routes' },
    } as never);
    expect(await slugs('quokkalite')).toEqual([]);
    await publications.unpublish({ documentId, locale: 'en' });
    expect(await slugs('zanzibarite')).toEqual([]);
  });

  it('groups hits by type with counts, and pages through them', async () => {
    const all = await search('police');
    expect(all.counts.map((count) => count.type)).toEqual(
      expect.arrayContaining(['publication', 'news']),
    );
    const publications = all.counts.find((count) => count.type === 'publication')!.count;
    const first = await search('police', { type: 'publication', pageSize: 1 });
    expect(first.pageInfo).toMatchObject({ page: 1, pageSize: 1, total: publications });
    expect(first.hits.every((hit) => hit.type === 'publication')).toBe(true);
    const second = await search('police', { type: 'publication', pageSize: 1, page: 2 });
    expect(second.hits[0]!.documentId).not.toBe(first.hits[0]!.documentId);
  });

  it('takes any text without an error: quotes, operators, control characters, 10 KB', async () => {
    for (const query of [
      '"police',
      "police' OR 1=1 --",
      '&|!:*()<>',
      'police & !(drug | market):*',
      'NEAR(police drug) AND police*',
      '\u0000\u0002police\u0003\u001b',
      'police '.repeat(1700),
      '',
      '   ',
      // Stop words in one language only: that language searches nothing, the other its word.
      'the',
      'les',
    ]) {
      const results = await search(query);
      expect(results.query.length).toBeLessThanOrEqual(200);
    }
    expect(await slugs('\u0000\u0002policing\u0003', { pageSize: 50 })).toContain(
      'community-approaches',
    );
  });

  it('counts and pages every match, however many, one hit per document', async () => {
    // 1,100 documents straight into the index (the document service would take minutes), 100 of
    // them in French too: more matching versions than any window a search could cut in memory.
    const entry = (index: number, locale: 'en' | 'fr'): SearchEntry => ({
      type: 'publication',
      documentId: `many-${index}`,
      locale,
      slug: `many-${index}`,
      title: `Quasarite report ${String(index).padStart(4, '0')}`,
      text: locale === 'en' ? 'About quasarite.' : 'Sur la quasarite.',
    });
    const index = searchIndexOf(cms.strapi.db);
    const entries = Array.from({ length: 1100 }, (_, i) => [
      entry(i, 'en'),
      ...(i < 100 ? [entry(i, 'fr')] : []),
    ]).flat();
    await index.insert(entries);
    try {
      const first = await search('quasarite', { pageSize: 50 });
      expect(first.counts).toEqual([{ type: 'publication', count: 1100 }]);
      expect(first.pageInfo).toMatchObject({ total: 1100, pageCount: 22 });
      const last = await search('quasarite', { pageSize: 50, page: 22 });
      expect(last.hits).toHaveLength(50);
      const seen = new Set([...first.hits, ...last.hits].map((hit) => hit.documentId));
      expect(seen.size).toBe(100);
      // Every document once, in the visitor's language where it matches in both.
      const french = [];
      for (let page = 1; page <= 22; page += 1) {
        french.push(...(await search('quasarite', { locale: 'fr', pageSize: 50, page })).hits);
      }
      expect(new Set(french.map((hit) => hit.documentId)).size).toBe(1100);
      for (const hit of french) {
        expect(hit.locale).toBe(Number(hit.slug.split('-')[1]) < 100 ? 'fr' : 'en');
      }
    } finally {
      for (let i = 0; i < 1100; i += 1) await index.replace('publication', `many-${i}`, []);
    }
  });

  it('refuses arguments out of range with a clear 400', async () => {
    for (const variables of [{ pageSize: 500 }, { page: 0 }, { locale: 'de' }]) {
      const { status, body } = await cms.graphql(SEARCH, { query: 'police', ...variables });
      // The whole answer in the comparison, so that a failure says what came back instead.
      expect({ variables, status, code: body.errors?.[0]?.extensions?.code, body }).toMatchObject({
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('rebuilds the index from published content with one call', async () => {
    const service = cms.strapi.service('api::search.search') as {
      rebuild(): Promise<number>;
      count(): Promise<number>;
    };
    const before = await slugs('police');
    const count = await service.count();
    expect(await service.rebuild()).toBe(count);
    expect(await slugs('police')).toEqual(before);
  });

  it('replaces an index of an earlier version at start, and finds the same', async () => {
    const db = cms.strapi.db.connection;
    const service = cms.strapi.service('api::search.search') as { count(): Promise<number> };
    const before = await slugs('police');
    const count = await service.count();
    if (cms.strapi.db.dialect.client === 'sqlite') {
      // The previous version: entries numbered in order, one FTS5 index with the locale in it.
      for (const locale of ['en', 'fr']) await db.raw(`DROP TABLE search_terms_${locale}`);
      await db.raw('DROP TABLE search_entries');
      await db.raw(`CREATE TABLE search_entries (id INTEGER PRIMARY KEY, content_type TEXT,
        document_id TEXT, document_key INTEGER, locale TEXT, slug TEXT, title TEXT, body TEXT,
        title_stems TEXT, text_stems TEXT)`);
      await db.raw(`CREATE VIRTUAL TABLE search_terms USING fts5(title_stems, text_stems, locale,
        content = 'search_entries', content_rowid = 'id')`);
      await db.raw(`INSERT INTO search_entries
        VALUES (1, 'publication', 'old', 1, 'en', 'old', 'Old', '', 'polic', '')`);
      await db.raw(`INSERT INTO search_terms (rowid, title_stems, text_stems, locale)
        VALUES (1, 'polic', '', 'en')`);
    } else {
      // Before document keys, and with one GIN index for every language.
      await db.raw('ALTER TABLE search_entries DROP COLUMN document_key');
      await db.raw('CREATE INDEX search_entries_tsv ON search_entries USING GIN (tsv)');
    }
    await ensureSearchIndex(cms.strapi);
    expect(await service.count()).toBe(count);
    expect(await slugs('police')).toEqual(before);
    if (cms.strapi.db.dialect.client !== 'sqlite') {
      // One index per language, without a pending list that every search would scan.
      const { rows } = (await db.raw(
        `SELECT c.relname AS name, c.reloptions AS options, pg_get_expr(i.indpred, i.indrelid) AS only
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE i.indrelid = 'search_entries'::regclass AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'gin')
         ORDER BY c.relname`,
      )) as { rows: { name: string; options: string[]; only: string }[] };
      expect(rows).toEqual(
        ['en', 'fr'].map((locale) => ({
          name: `search_entries_tsv_${locale}`,
          options: ['fastupdate=off'],
          only: `(locale = '${locale}'::text)`,
        })),
      );
    }
  });
});
