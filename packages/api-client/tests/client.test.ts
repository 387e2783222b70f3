import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createGraphQLClient,
  GraphQLRequestError,
  operationName,
  operations,
  SiteSettingsDocument,
} from '../src';

// A local HTTP server standing in for the CMS: this package's unit tests check the client's own
// behaviour (method, headers, parameters, error mapping); the real CMS is exercised by the CMS and e2e suites.
let server: Server;
let endpoint: string;
interface SeenRequest {
  method: string;
  headers: Record<string, unknown>;
  /** The GraphQL parameters, from the query string (GET) or the JSON body (POST). */
  body: {
    query?: string;
    variables: unknown;
    extensions?: { persistedQuery?: unknown; localeFallback?: unknown };
  };
}
let requests: SeenRequest[] = [];
const lastRequest = () => requests.at(-1)!;
/** Answers in turn; the last one repeats. */
let nextResponses: Array<{ status: number; body: unknown }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const params = new URL(req.url!, 'http://cms').searchParams;
      const fromUrl = (name: string) => {
        const value = params.get(name);
        return value === null ? undefined : name === 'query' ? value : JSON.parse(value);
      };
      const body =
        req.method === 'GET'
          ? {
              query: fromUrl('query'),
              variables: fromUrl('variables'),
              extensions: fromUrl('extensions'),
            }
          : JSON.parse(raw);
      requests.push({ method: req.method!, headers: req.headers, body });
      const answer = nextResponses.length > 1 ? nextResponses.shift()! : nextResponses[0]!;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('typed GraphQL client', () => {
  beforeEach(() => {
    requests = [];
  });

  it('sends the extensions it was made with, by GET beside the hash and by POST', async () => {
    nextResponses = [{ status: 200, body: { data: { global: null } } }];
    const request = createGraphQLClient({ endpoint, extensions: { localeFallback: true } });
    await request(SiteSettingsDocument, { locale: 'fr' });
    expect(lastRequest().method).toBe('GET');
    expect(lastRequest().body.extensions).toMatchObject({ localeFallback: true });
    expect(lastRequest().body.extensions?.persistedQuery).toBeDefined();
    // A URL too long for GET goes by POST, with the same extensions.
    await request(SiteSettingsDocument, { locale: 'x'.repeat(9000) } as never);
    expect(lastRequest().method).toBe('POST');
    expect(lastRequest().body.extensions).toEqual({ localeFallback: true });
  });

  it('sends a query by GET with its hash, variables and bearer token, and returns data', async () => {
    nextResponses = [{ status: 200, body: { data: { global: { siteName: 'MDLE' } } } }];
    const request = createGraphQLClient({ endpoint, token: 'secret-token' });
    const data = await request(SiteSettingsDocument, { locale: 'fr' });
    expect(data.global?.siteName).toBe('MDLE');
    expect(requests).toHaveLength(1);
    const seen = lastRequest();
    expect(seen.method).toBe('GET');
    expect(seen.headers.authorization).toBe('Bearer secret-token');
    expect(seen.headers['apollo-require-preflight']).toBe('true');
    expect(seen.body.variables).toEqual({ locale: 'fr' });
    expect(seen.body.query).toBeUndefined();
    const text = SiteSettingsDocument.toString();
    expect(seen.body.extensions?.persistedQuery).toEqual({
      version: 1,
      sha256Hash: createHash('sha256').update(text).digest('hex'),
    });
  });

  it('sends the text along with the hash when the server does not know the hash', async () => {
    nextResponses = [
      {
        status: 200,
        body: {
          errors: [
            {
              message: 'PersistedQueryNotFound',
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
            },
          ],
        },
      },
      { status: 200, body: { data: { global: { siteName: 'MDLE' } } } },
    ];
    const request = createGraphQLClient({ endpoint });
    expect((await request(SiteSettingsDocument, { locale: 'en' })).global?.siteName).toBe('MDLE');
    expect(requests.map((seen) => [seen.method, seen.body.query !== undefined])).toEqual([
      ['GET', false],
      ['GET', true],
    ]);
    expect(lastRequest().body.query).toContain('query SiteSettings');
  });

  it('posts a query whose URL would be too long for a GET', async () => {
    nextResponses = [{ status: 200, body: { data: { global: { siteName: 'MDLE' } } } }];
    const request = createGraphQLClient({ endpoint });
    await request(SiteSettingsDocument, { locale: 'x'.repeat(9000) } as never);
    expect(lastRequest().method).toBe('POST');
    expect(lastRequest().body.query).toContain('query SiteSettings');
  });

  it('turns GraphQL errors into a GraphQLRequestError carrying the error codes', async () => {
    nextResponses = [
      {
        status: 200,
        body: {
          data: null,
          errors: [{ message: 'Forbidden access', extensions: { code: 'FORBIDDEN' } }],
        },
      },
    ];
    const request = createGraphQLClient({ endpoint });
    const failure = await request(SiteSettingsDocument, { locale: 'en' }).catch((error) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect(failure.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reports an unreachable endpoint without leaking a stack trace', async () => {
    const request = createGraphQLClient({
      endpoint: 'http://127.0.0.1:9/graphql',
      timeoutMs: 2000,
    });
    await expect(request(SiteSettingsDocument, { locale: 'en' })).rejects.toThrow(/unreachable/);
  });
});

describe('operations allow-list', () => {
  it('lists every generated document by its operation name', () => {
    expect(operations.get('SiteSettings')).toBe(SiteSettingsDocument);
    expect(operationName(SiteSettingsDocument)).toBe('SiteSettings');
  });
});

describe('operations allow-list contents', () => {
  it('holds queries only, no fragments', () => {
    expect([...operations.keys()].sort()).toEqual([
      'EventBySlug',
      'EventFeed',
      'Events',
      'NewsArticleBySlug',
      'NewsArticles',
      'NewsFeed',
      'People',
      'PersonBySlug',
      'Project',
      'PublicationBySlug',
      'PublicationFacets',
      'PublicationFeed',
      'Publications',
      'Search',
      'SiteSettings',
      'TopicBySlug',
      'Topics',
    ]);
  });
});
