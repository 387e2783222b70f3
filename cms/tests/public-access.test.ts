/**
 * What an anonymous client (and a partner's read-only token) can reach: published public content
 * only, through every path; never drafts, personal data, users, or writes.
 */
import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, createApiToken, type TestCms } from './harness';

const PUBLICATION = 'api::publication.publication' as UID.ContentType;

describe('public access', () => {
  let cms: TestCms;
  let mixedId: string; // published, with a newer unpublished draft
  let draftOnlyId: string; // never published
  const tokens: Record<'readOnly' | 'fullAccess', string> = { readOnly: '', fullAccess: '' };

  beforeAll(async () => {
    cms = await bootCms();
    const publications = cms.strapi.documents(PUBLICATION);
    const mixed = await publications.create({
      locale: 'en',
      data: {
        title: 'Published probe title',
        slug: 'probe',
        publicationType: 'report',
        documentLanguage: 'en',
      } as never,
      status: 'published',
    });
    mixedId = mixed.documentId;
    await publications.update({
      documentId: mixedId,
      locale: 'en',
      data: { title: 'SECRET draft edit' } as never,
    });
    const draftOnly = await publications.create({
      locale: 'en',
      data: {
        title: 'SECRET unpublished report',
        slug: 'secret',
        publicationType: 'report',
        documentLanguage: 'en',
      } as never,
    });
    draftOnlyId = draftOnly.documentId;

    tokens.readOnly = await createApiToken(cms.strapi, 'read-only');
    tokens.fullAccess = await createApiToken(cms.strapi, 'full-access');
  });
  afterAll(() => cms?.stop());

  const callers = [
    ['an anonymous client', () => ({})],
    ['a read-only API token', () => ({ authorization: `Bearer ${tokens.readOnly}` })],
  ] as const;

  describe.each(callers)('as %s', (_, headers) => {
    const graphql = (query: string) => cms.graphql(query, undefined, headers());
    const rest = async (path: string) => {
      const response = await fetch(`${cms.url}${path}`, { headers: headers() });
      return { status: response.status, text: await response.text() };
    };

    it.each([
      ['a list', '{ publications(pagination: { pageSize: 100 }) { title } }'],
      ['one entry with a newer draft', `{ publication(documentId: "${'MIXED'}") { title } }`],
      [
        'a filter on publishedAt',
        '{ publications(filters: { publishedAt: { null: true } }) { title } }',
      ],
      ['a never-published entry by id', `{ publication(documentId: "${'DRAFT_ONLY'}") { title } }`],
      ['a nested relation', '{ people { publications { title } } }'],
      ['a connection total', '{ publications_connection { nodes { title } pageInfo { total } } }'],
    ])('GraphQL: %s gets published content only', async (_, template) => {
      const query = template.replace('MIXED', mixedId).replace('DRAFT_ONLY', draftOnlyId);
      const { body } = await graphql(query);
      expect(body.errors).toBeUndefined();
      expect(JSON.stringify(body.data)).not.toContain('SECRET');
      // The published entry itself stays visible where the query reaches it.
      if (query.includes(mixedId))
        expect(JSON.stringify(body.data)).toContain('Published probe title');
    });

    it.each([
      ['status', '{ publications(status: DRAFT) { title } }'],
      ['status on one entry', `{ publication(documentId: "${'MIXED'}", status: DRAFT) { title } }`],
      ['hasPublishedVersion', '{ publications(hasPublishedVersion: false) { title } }'],
      [
        'publicationFilter',
        '{ publications_connection(publicationFilter: NEVER_PUBLISHED_DOCUMENT) { pageInfo { total } } }',
      ],
    ])('GraphQL: the draft argument %s is not in the public schema (400)', async (_, template) => {
      const { status, body } = await graphql(template.replace('MIXED', mixedId));
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(JSON.stringify(body)).not.toContain('SECRET');
    });

    it('GraphQL: a published entry shows its published title, not the newer draft', async () => {
      const { body } = await graphql(`{ publication(documentId: "${mixedId}") { title } }`);
      expect(body.data).toEqual({ publication: { title: 'Published probe title' } });
      const total = await graphql('{ publications_connection { pageInfo { total } } }');
      expect(total.body.data).toEqual({ publications_connection: { pageInfo: { total: 8 } } });
    });

    it.each([
      '/api/publications?status=draft',
      '/api/publications?status=draft&filters[publishedAt][$null]=true',
      '/api/publications?filters[publishedAt][$null]=true',
      '/api/publications/MIXED?status=draft',
      '/api/publications/DRAFT_ONLY?status=draft',
      '/api/people?status=draft&populate=*',
      '/api/events?status=draft&populate=*',
    ])('REST %s gets published content only', async (template) => {
      const { status, text } = await rest(
        template.replace('MIXED', mixedId).replace('DRAFT_ONLY', draftOnlyId),
      );
      expect([200, 404]).toContain(status);
      expect(text).not.toContain('SECRET');
    });

    it('cannot read personal data, users or admin data by any path', async () => {
      expect((await rest('/api/network-contacts')).status).toBe(404);
      expect((await rest('/api/network-contacts?populate=*')).status).toBe(404);
      for (const path of [
        '/api/users',
        '/api/users/me',
        '/api/users-permissions/roles',
        '/api/upload/files',
      ]) {
        expect([401, 403, 404], path).toContain((await rest(path)).status);
      }
      expect((await rest('/api/topics?populate=*')).text).not.toMatch(/network|consent|email/i);
      for (const query of [
        '{ networkContacts { email } }',
        '{ usersPermissionsUsers { email } }',
        '{ uploadFiles { url } }',
        '{ uploadFile(documentId: "x") { related { __typename } } }',
        '{ publications(filters: { authors: { publications: { title: { contains: "a" } } } }) { authors { talks { hosts { logo { related { __typename } } } } } } }',
      ]) {
        const { status, body } = await graphql(query);
        expect(status, query).toBe(400);
        expect(body.data ?? null).toBeNull();
      }
    });

    it('cannot write anything', async () => {
      const mutation = await graphql(
        'mutation { createPublication(data: { title: "x" }) { title } }',
      );
      // The public schema has no mutation type at all.
      expect(mutation.body.data ?? null).toBeNull();
      expect(mutation.body.errors?.[0]?.message).toMatch(/mutation/i);
      for (const [method, path] of [
        ['POST', '/api/publications'],
        ['PUT', `/api/publications/${mixedId}`],
        ['DELETE', `/api/publications/${mixedId}`],
        ['PUT', '/api/global'],
        ['POST', '/api/network-contacts'],
        ['POST', '/api/auth/local/register'],
      ] as const) {
        const response = await fetch(`${cms.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...headers() },
          body: JSON.stringify({
            data: { title: 'x' },
            username: 'x',
            email: 'x@example.org',
            password: 'Password-123',
          }),
        });
        expect([401, 403, 404, 405], `${method} ${path}`).toContain(response.status);
      }
      expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    });
  });

  it('no token, not even full-access, can send email through the API (POST /api/email)', async () => {
    for (const headers of [{}, { authorization: `Bearer ${tokens.fullAccess}` }]) {
      const response = await fetch(`${cms.url}/api/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ to: 'victim@example.org', subject: 'x', text: 'x' }),
      });
      expect([404, 405]).toContain(response.status);
    }
  });

  it('a full-access token (trusted integrations, previews) can read drafts over REST: the probes above are real', async () => {
    const response = await fetch(`${cms.url}/api/publications/${draftOnlyId}?status=draft`, {
      headers: { authorization: `Bearer ${tokens.fullAccess}` },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('SECRET unpublished report');
  });

  it("reads the public role's permissions once, and applies an edit of the role at once", async () => {
    let permissionReads = 0;
    const countPermissionReads = (query: { sql: string }) => {
      if (/from [`"]up_permissions[`"]/.test(query.sql)) permissionReads += 1;
    };
    cms.strapi.db.connection.on('query', countPermissionReads);
    try {
      for (let request = 0; request < 3; request += 1) {
        expect((await fetch(`${cms.url}/api/topics`)).status).toBe(200);
      }
      expect(permissionReads).toBeLessThanOrEqual(1);
    } finally {
      cms.strapi.db.connection.removeListener('query', countPermissionReads);
    }

    // An administrator revokes reading topics: the next anonymous request is refused.
    const permissions = cms.strapi.db.query('plugin::users-permissions.permission');
    const topicsFind = await permissions.findOne({
      where: { action: 'api::topic.topic.find', role: { type: 'public' } },
      populate: ['role'],
    });
    await permissions.delete({ where: { id: topicsFind.id } });
    try {
      expect((await fetch(`${cms.url}/api/topics`)).status).toBe(403);
    } finally {
      await permissions.create({ data: { action: topicsFind.action, role: topicsFind.role.id } });
    }
    expect((await fetch(`${cms.url}/api/topics`)).status).toBe(200);
  });
});
