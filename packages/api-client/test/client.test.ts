import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphQLClient,
  GraphQLRequestError,
  operationName,
  operations,
  SiteSettingsDocument,
} from '../src';

// A local HTTP server standing in for the CMS: this package's unit tests check the client's own
// behaviour (headers, body, error mapping); the real CMS is exercised by the CMS and e2e suites.
let server: Server;
let endpoint: string;
let lastRequest: { headers: Record<string, unknown>; body: { query: string; variables: unknown } };
let nextResponse: { status: number; body: unknown };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      lastRequest = { headers: req.headers, body: JSON.parse(raw) };
      res.writeHead(nextResponse.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(nextResponse.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('typed GraphQL client', () => {
  it('posts the document and variables with the bearer token and returns data', async () => {
    nextResponse = { status: 200, body: { data: { global: { siteName: 'MDLE' } } } };
    const request = createGraphQLClient({ endpoint, token: 'secret-token' });
    const data = await request(SiteSettingsDocument, { locale: 'fr' });
    expect(data.global?.siteName).toBe('MDLE');
    expect(lastRequest.headers.authorization).toBe('Bearer secret-token');
    expect(lastRequest.body.variables).toEqual({ locale: 'fr' });
    expect(lastRequest.body.query).toContain('query SiteSettings');
  });

  it('turns GraphQL errors into a GraphQLRequestError carrying the error codes', async () => {
    nextResponse = {
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'Forbidden access', extensions: { code: 'FORBIDDEN' } }],
      },
    };
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
      'Events',
      'NewsArticleBySlug',
      'NewsArticles',
      'People',
      'PersonBySlug',
      'Project',
      'PublicationBySlug',
      'PublicationFacets',
      'Publications',
      'SiteSettings',
      'TopicBySlug',
      'Topics',
    ]);
  });
});
