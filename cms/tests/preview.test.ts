/**
 * Editors' Preview: the admin's preview handler gives each previewable document a signed,
 * expiring link to its page on the site, and the site reads the version it previews with that
 * token, relations included, while everyone else still reads published content only.
 */
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecret } from '@mdle/test-utils';
import { bootCms, type TestCms } from './harness';

const SITE = 'https://site.example.org';
const PUBLICATION = 'api::publication.publication';
const PERSON = 'api::person.person';
const QUERY = `query Publication($slug: String!, $locale: I18NLocaleCode) {
  publications(filters: { slug: { eq: $slug } }, locale: $locale) { title authors { name } }
}`;

interface Answer {
  publications: { title: string; authors: { name: string }[] }[];
}

describe('editors preview drafts on the site', () => {
  let cms: TestCms;
  let adminToken: string;
  const secret = generateSecret(32);
  const admin = { email: 'preview-admin@example.org', password: 'Preview-keeper-9a-Test' };

  /** The URL the admin's Preview button opens, as the content manager asks for it. */
  async function previewUrl(uid: string, documentId: string, locale = 'en', status = 'draft') {
    const query = new URLSearchParams({ documentId, locale, status });
    const response = await fetch(`${cms.url}/content-manager/preview/url/${uid}?${query}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(response.status).toBeLessThan(300);
    if (response.status === 204) return undefined;
    const { data } = (await response.json()) as { data: { url?: string } };
    return data.url;
  }
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
  const read = (slug: string, token?: string, locale = 'en') =>
    cms.graphql<Answer>(QUERY, { slug, locale }, token ? { authorization: `Bearer ${token}` } : {});

  let documentId: string;
  beforeAll(async () => {
    cms = await bootCms({
      PREVIEW_SECRET: secret,
      SITE_PUBLIC_URL: SITE,
      CMS_ADMIN_EMAIL: admin.email,
      CMS_ADMIN_PASSWORD: admin.password,
    });
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    adminToken = ((await login.json()) as { data: { token: string } }).data.token;

    // Published with one author; the draft then gets a new title and a second, unpublished author.
    const documents = cms.strapi.documents(PUBLICATION);
    const author = await cms.strapi
      .documents(PERSON)
      .create({ data: { name: 'Ada Published', slug: 'ada-published' }, locale: 'en' } as never);
    await cms.strapi.documents(PERSON).publish({ documentId: author.documentId, locale: 'en' });
    const created = await documents.create({
      data: {
        title: 'The published title',
        slug: 'preview-report',
        publicationType: 'report',
        documentLanguage: 'en',
        authors: [author.documentId],
      },
      locale: 'en',
    } as never);
    documentId = created.documentId;
    await documents.publish({ documentId, locale: 'en' });
    const draftAuthor = await cms.strapi
      .documents(PERSON)
      .create({ data: { name: 'Bea Draft', slug: 'bea-draft' }, locale: 'en' } as never);
    await documents.update({
      documentId,
      locale: 'en',
      data: { title: 'The draft title', authors: [author.documentId, draftAuthor.documentId] },
    } as never);
  });
  afterAll(() => cms?.stop());

  it('links the Preview of every page type to the site, with a signed token', async () => {
    const first = async (uid: string) =>
      ((await cms.strapi.documents(uid as never).findFirst({ locale: 'en' } as never)) as {
        documentId: string;
      } | null)!.documentId;
    const expected: Record<string, string> = {
      [PUBLICATION]: 'publications',
      'api::event.event': 'events',
      'api::news-article.news-article': 'news',
      [PERSON]: 'people',
      'api::topic.topic': 'topics',
      'api::project.project': 'about',
      'api::global.global': 'home',
    };
    for (const [uid, page] of Object.entries(expected)) {
      const url = await previewUrl(uid, await first(uid));
      expect(url, uid).toMatch(new RegExp(`^${SITE}/preview\\?token=`));
      const claims = decodeJwt(tokenOf(url!));
      expect(claims, uid).toMatchObject({
        page,
        locale: 'en',
        status: 'draft',
        admin: new URL(cms.url).origin,
        aud: 'mdle-site-preview',
      });
      // Within the hour.
      expect(claims.exp! - claims.iat!).toBe(3600);
    }
    // Organisations have no page on the site: the admin offers no preview.
    expect(
      await previewUrl(
        'api::organisation.organisation',
        await first('api::organisation.organisation'),
      ),
    ).toBeUndefined();
  });

  it('gives no preview to an admin who may not read the type (a network manager)', async () => {
    const headers = {
      authorization: `Bearer ${adminToken}`,
      'content-type': 'application/json',
    };
    const { data: roles } = (await (await fetch(`${cms.url}/admin/roles`, { headers })).json()) as {
      data: { id: number; code: string }[];
    };
    const role = roles.find(({ code }) => code === 'mdle-network-manager')!;
    const manager = { email: 'manager@example.org', password: 'Manager-keeper-9a-Test' };
    const invited = (await (
      await fetch(`${cms.url}/admin/users`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          firstname: 'Nina',
          lastname: 'Manager',
          email: manager.email,
          roles: [role.id],
        }),
      })
    ).json()) as { data: { registrationToken: string } };
    await fetch(`${cms.url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        registrationToken: invited.data.registrationToken,
        userInfo: { firstname: 'Nina', lastname: 'Manager', password: manager.password },
      }),
    });
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(manager),
    });
    const managerToken = ((await login.json()) as { data: { token: string } }).data.token;
    const query = new URLSearchParams({ documentId, locale: 'en', status: 'draft' });
    const asked = (token: string) =>
      fetch(`${cms.url}/content-manager/preview/url/${PUBLICATION}?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await asked(managerToken)).status).toBe(204);
    // The same question from an editor of publications gets a link.
    expect((await asked(adminToken)).status).toBe(200);
  });

  it('names the page by the slug of the version and language being previewed', async () => {
    const url = await previewUrl(PUBLICATION, documentId);
    expect(decodeJwt(tokenOf(url!))).toMatchObject({ slug: 'preview-report', locale: 'en' });
    // Not written in French yet: nothing to preview in French.
    expect(await previewUrl(PUBLICATION, documentId, 'fr')).toBeUndefined();
    await cms.strapi.documents(PUBLICATION).update({
      documentId,
      locale: 'fr',
      data: { title: 'Le titre du brouillon', slug: 'rapport-apercu' },
    } as never);
    const french = await previewUrl(PUBLICATION, documentId, 'fr');
    expect(decodeJwt(tokenOf(french!))).toMatchObject({ slug: 'rapport-apercu', locale: 'fr' });
  });

  it('reads the draft, its relations included, with the preview token', async () => {
    const token = tokenOf((await previewUrl(PUBLICATION, documentId))!);
    const { status, body, headers } = await read('preview-report', token);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    const [publication] = body.data!.publications;
    expect(publication!.title).toBe('The draft title');
    expect(publication!.authors.map((author) => author.name).sort()).toEqual([
      'Ada Published',
      'Bea Draft',
    ]);
    // The editor's alone: no cache keeps it.
    expect(headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps showing everyone else the published version', async () => {
    await read('preview-report', tokenOf((await previewUrl(PUBLICATION, documentId))!));
    const { body, headers } = await read('preview-report');
    expect(body.data!.publications).toEqual([
      { title: 'The published title', authors: [{ name: 'Ada Published' }] },
    ]);
    expect(headers.get('cache-control')).not.toContain('private');
  });

  it('previews the published version when asked for it', async () => {
    const url = await previewUrl(PUBLICATION, documentId, 'en', 'published');
    const { body } = await read('preview-report', tokenOf(url!));
    expect(body.data!.publications[0]!.title).toBe('The published title');
  });

  it('refuses forged and expired tokens', async () => {
    const sign = (key: string, expires: number) =>
      new SignJWT({ page: 'publications', slug: 'preview-report', locale: 'en', status: 'draft' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('mdle-cms')
        .setAudience('mdle-site-preview')
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(new TextEncoder().encode(key));
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    const forged = await sign(generateSecret(32), inAnHour);
    const expired = await sign(secret, Math.floor(Date.now() / 1000) - 60);
    for (const token of [forged, expired, 'not-a-token']) {
      const { status, body } = await read('preview-report', token);
      expect(status).toBe(401);
      expect(body.data ?? undefined).toBeUndefined();
    }
    // The real secret and a live token: accepted (the two above differ only in key or time).
    expect((await read('preview-report', await sign(secret, inAnHour))).status).toBe(200);
  });

  it('allows reads of public content only', async () => {
    const token = tokenOf((await previewUrl(PUBLICATION, documentId))!);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const write = await fetch(`${cms.url}/api/publications/${documentId}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ data: { title: 'Written with a preview token' } }),
    });
    expect(write.status).toBe(403);
    const drafts = await fetch(`${cms.url}/api/publications?filters[slug][$eq]=preview-report`, {
      headers,
    });
    const { data } = (await drafts.json()) as { data: { title: string }[] };
    expect(data.map((entry) => entry.title)).toEqual(['The draft title']);
  });
});
