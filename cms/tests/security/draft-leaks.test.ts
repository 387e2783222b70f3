/**
 * Attacker requests that tried to read unpublished text through relations and relation filters.
 * Each case: what an anonymous client (or a read-only token) sends, and that no draft text comes
 * back, not even as a count.
 *
 * Content: one published English report whose French translation is a draft only, and one
 * published English + French report whose French version has an unpublished edit, and whose
 * English version has one too. Every draft title starts with BROUILLON.
 */
import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, createApiToken, type TestCms } from '../harness';

const PUBLICATION = 'api::publication.publication' as UID.ContentType;
const PERSON = 'api::person.person' as UID.ContentType;

describe('security: draft text never leaks through relations or filters', () => {
  let cms: TestCms;
  let readOnlyToken = '';
  let fullAccessToken = '';
  let publishedTotal = 0;

  beforeAll(async () => {
    cms = await bootCms();
    const publications = cms.strapi.documents(PUBLICATION);
    const author = await cms.strapi.documents(PERSON).findFirst({ status: 'published' });
    const base = { publicationType: 'report', documentLanguage: 'en' };

    // 1. Published in English, a French translation saved as a draft and never published.
    const draftTranslation = await publications.create({
      locale: 'en',
      data: { ...base, title: 'Probe with a draft translation', slug: 'probe-draft-fr' } as never,
      status: 'published',
    });
    await publications.update({
      documentId: draftTranslation.documentId,
      locale: 'fr',
      data: { ...base, title: 'BROUILLON traduction', slug: 'probe-draft-fr' } as never,
    });

    // 2. Published in both languages, then edited in both without publishing the edits.
    const edited = await publications.create({
      locale: 'en',
      data: {
        ...base,
        title: 'Probe with unpublished edits',
        slug: 'probe-edits',
        authors: author ? [author.documentId] : [],
      } as never,
      status: 'published',
    });
    await publications.update({
      documentId: edited.documentId,
      locale: 'fr',
      data: { ...base, title: 'Sonde publiée', slug: 'probe-edits' } as never,
      status: 'published',
    });
    for (const locale of ['en', 'fr']) {
      await publications.update({
        documentId: edited.documentId,
        locale,
        data: { title: `BROUILLON edit ${locale}` } as never,
      });
    }

    readOnlyToken = await createApiToken(cms.strapi, 'read-only');
    fullAccessToken = await createApiToken(cms.strapi, 'full-access');
    publishedTotal = await publications.count({ locale: 'en', status: 'published' });
  });
  afterAll(() => cms?.stop());

  it('control: the drafts exist, and a full-access token reads them (the probes are real)', async () => {
    const response = await fetch(
      `${cms.url}/api/publications?status=draft&locale=fr&filters[title][$startsWith]=BROUILLON`,
      { headers: { authorization: `Bearer ${fullAccessToken}` } },
    );
    const text = await response.text();
    expect(text).toContain('BROUILLON traduction');
    expect(text).toContain('BROUILLON edit fr');
  });

  describe.each([
    ['an anonymous client', () => ({})],
    ['a read-only token', () => ({ authorization: `Bearer ${readOnlyToken}` })],
  ] as const)('as %s', (_, headers) => {
    const graphql = (query: string) => cms.graphql(query, undefined, headers());
    const rest = async (path: string) => {
      const response = await fetch(`${cms.url}${path}`, { headers: headers() });
      return { status: response.status, text: await response.text() };
    };

    it.each([
      [
        'localizations of a published entry',
        '{ publications(filters: { slug: { in: ["probe-draft-fr", "probe-edits"] } }) { title localizations { locale title publishedAt } } }',
      ],
      [
        'a localizations connection',
        '{ publications(filters: { slug: { eq: "probe-edits" } }) { localizations_connection { nodes { title } } } }',
      ],
      [
        'localizations of localizations',
        '{ publications(filters: { slug: { eq: "probe-edits" } }) { localizations { localizations { title } } } }',
      ],
      [
        'localizations through another relation',
        '{ people(pagination: { pageSize: 100 }) { publications { localizations { title } } } }',
      ],
      [
        'the French site reading the entry',
        '{ publications(locale: "fr", filters: { slug: { in: ["probe-draft-fr", "probe-edits"] } }) { title localizations { title } } }',
      ],
    ])('GraphQL: %s shows published text only', async (_, query) => {
      const { body } = await graphql(query);
      expect(body.errors).toBeUndefined();
      const text = JSON.stringify(body.data);
      expect(text).not.toContain('BROUILLON');
      expect(text).not.toContain('"publishedAt":null');
    });

    it('GraphQL: the published translation is still listed (the guard is not a blanket refusal)', async () => {
      const { body } = await graphql(
        '{ publications(filters: { slug: { eq: "probe-edits" } }) { title localizations { title } } }',
      );
      expect(body.data).toEqual({
        publications: [
          { title: 'Probe with unpublished edits', localizations: [{ title: 'Sonde publiée' }] },
        ],
      });
    });

    it.each([
      ['a relation filter', '{ localizations: { title: { startsWith: "BROUILLON" } } }', 0],
      [
        'a relation filter inside or',
        '{ or: [{ slug: { eq: "none" } }, { localizations: { title: { contains: "BROUILLON" } } }] }',
        0,
      ],
      [
        'a relation filter two relations deep',
        '{ authors: { publications: { localizations: { title: { startsWith: "BROUILLON" } } } } }',
        0,
      ],
      [
        'a filter on the own draft through localizations',
        '{ localizations: { title: { eq: "BROUILLON edit en" } } }',
        0,
      ],
    ])('GraphQL: %s is no search oracle on draft text', async (_, filters, expected) => {
      const { body } = await graphql(
        `{ publications_connection(filters: ${filters}) { pageInfo { total } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ publications_connection: { pageInfo: { total: expected } } });
    });

    it('GraphQL: a negated relation filter counts every published entry', async () => {
      const { body } = await graphql(
        '{ publications_connection(filters: { not: { localizations: { title: { startsWith: "BROUILLON" } } } }) { pageInfo { total } } }',
      );
      expect(body.data).toEqual({
        publications_connection: { pageInfo: { total: publishedTotal } },
      });
    });

    it.each([
      '/api/publications?filters[localizations][title][$startsWith]=BROUILLON',
      '/api/publications?filters[$or][0][localizations][title][$contains]=BROUILLON&filters[$or][1][slug]=none',
      '/api/publications?filters[slug][$in][0]=probe-draft-fr&filters[slug][$in][1]=probe-edits&populate[localizations]=true',
      '/api/publications?filters[slug]=probe-edits&populate[localizations][populate][localizations]=true',
      '/api/publications?locale=fr&populate[localizations][fields][0]=title',
      '/api/people?populate[publications][populate][localizations]=true&pagination[pageSize]=100',
    ])('REST %s shows published text only', async (path) => {
      const { status, text } = await rest(path);
      expect([200, 400]).toContain(status);
      expect(text).not.toContain('BROUILLON');
    });

    it('REST: a relation filter on draft text finds nothing', async () => {
      const { text } = await rest(
        '/api/publications?filters[localizations][title][$startsWith]=BROUILLON',
      );
      expect(JSON.parse(text).meta.pagination.total).toBe(0);
    });
  });
});
