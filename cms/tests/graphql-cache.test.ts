import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, createApiToken, type TestCms } from './harness';

const LIST = `query List($locale: I18NLocaleCode) {
  publications(locale: $locale, sort: "title", pagination: { pageSize: 3 }) { documentId title }
}`;

describe('the GraphQL response cache for anonymous clients', () => {
  let cms: TestCms;
  let token: string;
  beforeAll(async () => {
    cms = await bootCms({ GRAPHQL_CACHE_TTL: '60' });
    token = await createApiToken(cms.strapi, 'read-only');
  });
  afterAll(() => cms?.stop());

  /**
   * Runs a query and counts the database queries it caused; `fromCache` when Apollo's response
   * cache answered (it sets `Age` on the answers it serves).
   */
  const run = async (headers: Record<string, string> = {}) => {
    let queries = 0;
    const listener = () => (queries += 1);
    cms.strapi.db.connection.on('query', listener);
    const { body, headers: answer } = await cms.graphql<{
      publications: { documentId: string; title: string }[];
    }>(LIST, { locale: 'en' }, headers);
    cms.strapi.db.connection.removeListener('query', listener);
    return { publications: body.data!.publications, queries, fromCache: answer.has('age') };
  };

  it('answers a repeated anonymous query from memory, without reading the content again', async () => {
    const first = await run();
    const second = await run();
    expect(second.publications).toEqual(first.publications);
    expect(second.fromCache).toBe(true);
    // What is left is the public role's permission check, made for every request.
    expect(second.queries).toBeLessThanOrEqual(1);
    expect(first.queries).toBeGreaterThan(second.queries);
  });

  it('keeps answers with and without locale fallback apart', async () => {
    // Same document and variables; only the request's `extensions` differ.
    const french = async (extensions?: object) => {
      const response = await fetch(`${cms.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LIST, variables: { locale: 'fr' }, extensions }),
      });
      const body = (await response.json()) as { data: { publications: unknown[] } };
      return { count: body.data.publications.length, fromCache: response.headers.has('age') };
    };
    const plain = await french();
    const withFallback = await french({ localeFallback: true });
    expect(withFallback.fromCache).toBe(false);
    // The seed has fewer than three French publications: the fallback fills the page.
    expect(plain.count).toBeLessThan(3);
    expect(withFallback.count).toBe(3);
    expect(await french({ localeFallback: true })).toEqual({ count: 3, fromCache: true });
    expect((await french()).count).toBe(plain.count);
  });

  it('never caches requests with a token', async () => {
    await run({ authorization: `Bearer ${token}` });
    const again = await run({ authorization: `Bearer ${token}` });
    expect(again.fromCache).toBe(false);
    // The content is read again: a cached answer costs at most the permission check (see above).
    expect(again.queries).toBeGreaterThan(1);
  });

  it('drops cached answers as soon as an editor publishes a change', async () => {
    const before = await run();
    const target = before.publications[0]!;
    const publications = cms.strapi.documents('api::publication.publication');
    await publications.update({
      documentId: target.documentId,
      locale: 'en',
      data: { title: 'AAA renamed by an editor' } as never,
    });
    // A draft change alone does not reach the public API…
    expect((await run()).publications[0]!.title).toBe(target.title);
    await publications.publish({ documentId: target.documentId, locale: 'en' });
    // …publishing it does, at once.
    const after = await run();
    expect(after.queries).toBeGreaterThan(0);
    expect(after.publications[0]!.title).toBe('AAA renamed by an editor');
  });

  it('never keeps an answer read before a publish and finished after it', async () => {
    const publications = cms.strapi.documents('api::publication.publication');
    const target = (await run()).publications[0]!;
    await publications.update({
      documentId: target.documentId,
      locale: 'en',
      data: { title: 'AAA published while a read was under way' } as never,
    });
    // One anonymous read is held between reading the content and answering…
    let reachedHold!: () => void;
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (reachedHold = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    let hold = true;
    cms.strapi.documents.use(async (context, next) => {
      const result = await next();
      if (hold && context.uid === 'api::publication.publication' && context.action === 'findMany') {
        hold = false;
        reachedHold();
        await released;
      }
      return result;
    });
    const inFlight = run();
    await holding;
    // …while an editor publishes: the purge comes before that read's answer is stored.
    await publications.publish({ documentId: target.documentId, locale: 'en' });
    release();
    expect((await inFlight).publications[0]!.title).toBe(target.title);
    // The late answer must not be served from now on.
    const after = await run();
    expect(after.fromCache).toBe(false);
    expect(after.publications[0]!.title).toBe('AAA published while a read was under way');
    expect((await run()).fromCache).toBe(true);
  });
});
