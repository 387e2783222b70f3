/**
 * Public GraphQL answers that HTTP caches (a partner's CDN, nginx) can keep: anonymous queries by
 * GET with Apollo's automatic persisted queries get `Cache-Control: public, s-maxage`, an ETag and
 * `304` on `If-None-Match`; POST, errors and anything asked with a token are never stored. And a
 * request that cannot be parsed is a client error (400), not a server failure.
 */
import { createHash } from 'node:crypto';
import { get } from 'node:http';
import { createGraphQLClient, PublicationBySlugDocument } from '@mdle/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../src/extensions/graphql/limits';
import { bootCms, createApiToken, type TestCms } from './harness';

const QUERY = `query Titles($locale: I18NLocaleCode) {
  publications(locale: $locale, sort: "title", pagination: { pageSize: 2 }) { documentId title }
}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Apollo refuses GET requests without it (CSRF prevention). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

describe('HTTP caching of public GraphQL answers', () => {
  let cms: TestCms;
  let readToken: string;
  let fullToken: string;
  beforeAll(async () => {
    // With the answer caches on (the tests' default is off): a publish must reach them too.
    cms = await bootCms({ GRAPHQL_HTTP_MAX_AGE: '45', GRAPHQL_CACHE_TTL: '60' });
    readToken = await createApiToken(cms.strapi, 'read-only');
    fullToken = await createApiToken(cms.strapi, 'full-access');
  });
  afterAll(() => cms?.stop());

  /**
   * A conditional GET as a cache sends it. (fetch() adds `Cache-Control: no-cache` to requests with
   * If-None-Match, which asks the server for the full answer.)
   */
  const conditionalGet = (url: URL, etag: string) =>
    new Promise<{ status: number; body: string; etag?: string }>((resolve, reject) => {
      get(url, { headers: { ...PREFLIGHT, 'if-none-match': etag } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, body, etag: response.headers.etag }),
        );
      }).on('error', reject);
    });

  /** An APQ GET: the hash always, the text when `withText`. */
  const persistedGet = (
    options: { withText?: boolean; headers?: Record<string, string>; query?: string } = {},
  ) => {
    const query = options.query ?? QUERY;
    const url = new URL('/graphql', cms.url);
    if (options.withText) url.searchParams.set('query', query);
    url.searchParams.set('variables', JSON.stringify({ locale: 'en' }));
    url.searchParams.set(
      'extensions',
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
    );
    return fetch(url, { headers: { ...PREFLIGHT, ...options.headers } });
  };

  it('answers an anonymous GET by hash with public caching, an ETag and 304 when unchanged', async () => {
    const unknown = await persistedGet();
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await persistedGet({ withText: true });
    expect(registered.status).toBe(200);
    const byHash = await persistedGet();
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=45');
    expect(byHash.headers.get('vary')).toMatch(/authorization/i);
    const etag = byHash.headers.get('etag');
    expect(etag).toMatch(/^"/);
    const body = (await byHash.json()) as { data: { publications: { title: string }[] } };
    expect(body.data.publications).toHaveLength(2);

    const notModified = await conditionalGet(new URL(byHash.url), etag!);
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe('');
    const otherTag = await conditionalGet(new URL(byHash.url), '"something-else"');
    expect(otherTag.status).toBe(200);
  });

  it('gives a new ETag once an editor publishes a change', async () => {
    const before = await persistedGet({ withText: true });
    const etag = before.headers.get('etag')!;
    const [first] = ((await before.json()) as { data: { publications: { documentId: string }[] } })
      .data.publications;
    const publications = cms.strapi.documents('api::publication.publication');
    await publications.update({
      documentId: first!.documentId,
      locale: 'en',
      data: { title: 'AAA a title changed by an editor' } as never,
    });
    await publications.publish({ documentId: first!.documentId, locale: 'en' });
    const after = await conditionalGet(new URL(before.url), etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(etag);
    expect(after.body).toContain('AAA a title changed by an editor');
  });

  it('never lets a cache store an answer asked with a token, even a read-only one', async () => {
    for (const token of [readToken, fullToken]) {
      const response = await persistedGet({
        withText: true,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it('never lets a cache store a draft: public answers hold published content, asking for drafts is refused', async () => {
    const publications = cms.strapi.documents('api::publication.publication');
    const [published] = await publications.findMany({
      locale: 'en',
      status: 'published',
      limit: 1,
    });
    const draftTitle = 'An unpublished draft title only editors may see';
    await publications.update({
      documentId: published!.documentId,
      locale: 'en',
      data: { title: draftTitle } as never,
    });
    const query = (status: string) => `query One($locale: I18NLocaleCode) {
      publications(locale: $locale, ${status} filters: { documentId: { eq: "${published!.documentId}" } }) { title }
    }`;

    await persistedGet({ withText: true, query: query('') });
    const kept = await persistedGet({ query: query('') });
    expect(kept.headers.get('cache-control')).toMatch(/^public/);
    const keptText = await kept.text();
    expect(keptText).toContain(published!.title);
    expect(keptText).not.toContain(draftTitle);

    const askingForDrafts = await persistedGet({ withText: true, query: query('status: DRAFT,') });
    expect(askingForDrafts.status).toBe(400);
    expect(askingForDrafts.headers.get('cache-control')).toBe('no-store');
    expect(askingForDrafts.headers.get('etag')).toBeNull();
    expect(await askingForDrafts.text()).not.toContain(draftTitle);
  });

  it('does not let caches keep POST answers or answers with errors', async () => {
    const post = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { locale: 'en' } }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');

    const refused = await persistedGet({
      withText: true,
      query: '{ networkContacts { email } }',
    });
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('etag')).toBeNull();
  });

  it('sends queries of the typed client by GET, the text only the first time', async () => {
    const methods: string[] = [];
    const client = createGraphQLClient({
      endpoint: `${cms.url}/graphql`,
      fetch: (input, init) => {
        methods.push(`${init?.method} ${new URL(String(input)).searchParams.has('query')}`);
        return fetch(input, init);
      },
    });
    const variables = { slug: 'drug-markets-security-foreign-aid', locale: 'en' };
    const first = await client(PublicationBySlugDocument, variables);
    expect(methods).toEqual(['GET false', 'GET true']);
    const second = await client(PublicationBySlugDocument, variables);
    expect(methods.slice(2)).toEqual(['GET false']);
    expect(second).toEqual(first);
    expect(first.publications[0]?.slug).toBe('drug-markets-security-foreign-aid');
  });

  /** Runs `request` and counts the database queries it caused. */
  const countQueries = async <T>(request: () => Promise<T>) => {
    let queries = 0;
    const listener = () => (queries += 1);
    cms.strapi.db.connection.on('query', listener);
    try {
      return { result: await request(), queries };
    } finally {
      cms.strapi.db.connection.removeListener('query', listener);
    }
  };

  it('answers a repeated anonymous GET from the bytes and headers it was sent with, ahead of Strapi', async () => {
    await persistedGet({ withText: true });
    const first = await persistedGet();
    const firstBody = await first.text();
    // Apollo's response cache would still check the public role's permissions (a query).
    const { result: again, queries } = await countQueries(() => persistedGet());
    expect(queries).toBe(0);
    expect(again.headers.get('age')).toMatch(/^\d+$/);
    expect(await again.text()).toBe(firstBody);
    for (const header of [
      'cache-control',
      'etag',
      'vary',
      'content-type',
      'content-security-policy',
    ]) {
      expect(again.headers.get(header), header).toBe(first.headers.get(header));
    }
    const notModified = await conditionalGet(new URL(again.url), again.headers.get('etag')!);
    expect(notModified.status).toBe(304);

    // Apollo refuses a GET without its preflight header (CSRF prevention), kept answer or not.
    const url = new URL(again.url);
    expect((await fetch(url)).status).toBe(400);
    // A token is never answered from what anonymous callers were sent.
    const withToken = await fetch(url, {
      headers: { ...PREFLIGHT, authorization: `Bearer ${fullToken}` },
    });
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
    expect(withToken.headers.has('age')).toBe(false);
  });

  it("sends an API's security headers with JSON answers, kept or not, and a document's with the admin", async () => {
    // A query of its own: the first answer is computed for this test, the same URL again is kept.
    const query = QUERY.replace('pageSize: 2', 'pageSize: 3');
    const fresh = await persistedGet({ withText: true, query });
    const kept = await persistedGet({ withText: true, query });
    for (const answer of [fresh, kept]) {
      expect(answer.headers.get('content-type')).toMatch(/json/);
      expect(answer.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=/);
      for (const header of [
        'x-powered-by',
        'x-dns-prefetch-control',
        'x-download-options',
        'x-permitted-cross-domain-policies',
      ]) {
        expect(answer.headers.has(header), header).toBe(false);
      }
      // `*` with credentials is a combination browsers refuse: the public API needs none.
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.has('access-control-allow-credentials')).toBe(false);
      // The same answer for every origin: one cached copy for all partner sites.
      expect(answer.headers.get('vary')).toBe('Authorization');
    }
    // Asked from a partner site's page, or from an origin the CMS allows: still `*`, no Vary.
    for (const origin of ['https://partner.example', 'http://localhost:3000']) {
      const fromPage = await persistedGet({ withText: true, query, headers: { origin } });
      expect(fromPage.headers.get('access-control-allow-origin'), origin).toBe('*');
      expect(fromPage.headers.get('vary'), origin).toBe('Authorization');
    }
    const admin = await fetch(new URL('/admin', cms.url));
    expect(admin.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(admin.headers.has('x-powered-by')).toBe(false);
  });

  it('answers 400 with a clear message to a request that cannot be parsed', async () => {
    const tooManyTokens = `{ ${'title '.repeat(GRAPHQL_LIMITS.maxTokens + 10)} }`;
    const cases = ['{', 'query { publications { title }', tooManyTokens];
    for (const query of cases) {
      const { status, body } = await cms.graphql(query);
      expect(status, query.slice(0, 40)).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/^Syntax Error: /);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    }
    const tooLong = await cms.graphql(tooManyTokens);
    expect(tooLong.body.errors?.[0]?.message).toMatch(/token/i);
  });
});
