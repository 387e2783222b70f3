import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

describe('the CMS serves its public API over HTTP', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it('runs on the database the environment selects', () => {
    const expected = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
    expect(cms.databaseClient).toBe(expected);
    expect(cms.strapi.db.dialect.client).toBe(expected);
  });

  it('creates no admin account when no credentials are configured', async () => {
    await expect(cms.strapi.service('admin::user').exists()).resolves.toBe(false);
  });

  it('answers the health check', async () => {
    const response = await fetch(`${cms.url}/_health`);
    expect(response.status).toBe(204);
  });

  it('exposes the GraphQL schema by introspection', async () => {
    const { status, body } = await cms.graphql<{
      __schema: { queryType: { fields: { name: string }[] } };
    }>('{ __schema { queryType { fields { name } } } }');
    expect(status).toBe(200);
    const fields = body.data!.__schema.queryType.fields.map((field) => field.name);
    expect(fields).toContain('global');
  });

  it('serves the seeded site settings to anonymous clients in English and French', async () => {
    const query =
      'query Global($locale: I18NLocaleCode) { global(locale: $locale) { siteName siteDescription locale } }';
    const en = await cms.graphql<{ global: Record<string, string> }>(query, { locale: 'en' });
    const fr = await cms.graphql<{ global: Record<string, string> }>(query, { locale: 'fr' });
    expect(en.body.errors).toBeUndefined();
    expect(en.body.data!.global).toMatchObject({
      siteName: 'Modernising Drug Law Enforcement',
      locale: 'en',
    });
    expect(en.body.data!.global.siteDescription).toMatch(/^A project by IDPC/);
    expect(fr.body.data!.global.locale).toBe('fr');
    expect(fr.body.data!.global.siteDescription).toMatch(/^Un projet mené par/);
  });

  it('refuses anonymous GraphQL reads the public role has no permission for', async () => {
    const { status, body } = await cms.graphql('{ i18NLocales { code } }');
    // Strapi answers a forbidden GraphQL query with HTTP 200 and an errors array.
    expect(status).toBe(200);
    expect(body.data?.i18NLocales ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('has no user accounts in the public GraphQL schema at all', async () => {
    const { status, body } = await cms.graphql('{ usersPermissionsUsers { documentId email } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "usersPermissionsUsers"/);
  });

  it('refuses anonymous REST reads the public role has no permission for', async () => {
    const response = await fetch(`${cms.url}/api/i18n/locales`);
    expect(response.status).toBe(403);
  });

  it('refuses anonymous writes to public content', async () => {
    const response = await fetch(`${cms.url}/api/global`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { siteName: 'Defaced' } }),
    });
    expect(response.status).toBe(403);
  });
});
