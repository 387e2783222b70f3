import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_MANAGER_ROLE } from '../src/bootstrap/admin-roles';
import { bootCms, createApiToken, type TestCms } from './harness';

type Attribute = {
  type: string;
  private?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
};

describe('content model', () => {
  let cms: TestCms;
  const contentType = (uid: string) => cms.strapi.contentType(uid as UID.ContentType);
  const attributes = (uid: string) => contentType(uid).attributes as Record<string, Attribute>;
  const localizedFields = (uid: string) =>
    Object.entries(attributes(uid))
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true)
      .map(([name]) => name)
      .sort();

  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it.each([
    [
      'api::project.project',
      'singleType',
      [
        'name',
        'tagline',
        'summary',
        'objective',
        'partners',
        'workstreams',
        'contactText',
        'keyResources',
        'seo',
      ],
      ['acronym', 'periodStart', 'periodEnd', 'periodPrecision', 'contactEmail'],
    ],
    [
      'api::publication.publication',
      'collectionType',
      ['title', 'slug', 'authors', 'abstract', 'body', 'topics', 'event', 'seo'],
      [
        'seriesNumber',
        'publicationType',
        'publicationDate',
        'datePrecision',
        'documentLanguage',
        'pdf',
        'cover',
      ],
    ],
    [
      'api::event.event',
      'collectionType',
      [
        'title',
        'subtitle',
        'slug',
        'hosts',
        'organisers',
        'speakers',
        'objective',
        'summary',
        'body',
        'themes',
        'audience',
        'reports',
        'topics',
        'seo',
      ],
      [
        'kind',
        'seriesNumber',
        'startDate',
        'endDate',
        'datePrecision',
        'startTime',
        'endTime',
        'timeZone',
        'venue',
        'city',
        'country',
        'attendance',
        'attendanceApproximate',
        'attributionRule',
      ],
    ],
    [
      'api::person.person',
      'collectionType',
      ['role', 'bio'],
      ['name', 'slug', 'affiliation', 'country', 'photo', 'publications', 'talks'],
    ],
    [
      'api::news-article.news-article',
      'collectionType',
      ['title', 'slug', 'summary', 'body', 'events', 'publications', 'topics', 'seo'],
      ['date', 'cover'],
    ],
    ['api::topic.topic', 'collectionType', ['title', 'slug', 'summary', 'body', 'seo'], []],
    ['api::global.global', 'singleType', ['siteName', 'siteDescription', 'footer'], []],
  ])(
    '%s is localized where its text is language-specific, with draft & publish',
    (uid, kind, localized, shared) => {
      expect(contentType(uid).kind).toBe(kind);
      expect(localizedFields(uid)).toEqual([...localized].sort());
      for (const name of shared) expect(attributes(uid)[name], name).toBeDefined();
      for (const name of shared)
        expect(attributes(uid)[name]!.pluginOptions?.i18n?.localized, name).toBe(false);
      if (uid !== 'api::global.global')
        expect(contentType(uid).options?.draftAndPublish).toBe(true);
    },
  );

  it('organisations are proper names: one version for every language', () => {
    const organisation = contentType('api::organisation.organisation');
    expect(organisation.pluginOptions?.i18n).toBeUndefined();
    expect(Object.keys(organisation.attributes)).toEqual(
      expect.arrayContaining(['name', 'acronym', 'slug', 'kind', 'website', 'logo']),
    );
  });

  it('network contacts are private personal data: not localized, no drafts, every field private', () => {
    const contact = contentType('plugin::network.network-contact');
    expect(contact.pluginOptions?.i18n).toBeUndefined();
    expect(contact.options?.draftAndPublish).toBe(false);
    const own = Object.entries(attributes('plugin::network.network-contact')).filter(
      ([name]) =>
        ![
          'createdAt',
          'updatedAt',
          'publishedAt',
          'createdBy',
          'updatedBy',
          'locale',
          'localizations',
          'documentId',
          'id',
        ].includes(name),
    );
    expect(own.map(([name]) => name).sort()).toEqual(
      [
        'category',
        'confirmationSentAt',
        'confirmedAt',
        'consentText',
        'consentVersion',
        'consentedAt',
        'country',
        'email',
        'interests',
        'name',
        'organisation',
        'position',
        'preferredLanguage',
        'source',
        'status',
        'unsubscribedAt',
      ].sort(),
    );
    expect(own.filter(([, attribute]) => !attribute.private).map(([name]) => name)).toEqual([]);
  });

  it('network contacts are absent from the public GraphQL schema', async () => {
    const { body } = await cms.graphql<{ __schema: { types: { name: string }[] } }>(
      '{ __schema { types { name } } }',
    );
    const names = body.data!.__schema.types.map((type) => type.name);
    expect(names).toContain('Publication');
    expect(names.filter((name) => /network|contact/i.test(name))).toEqual([]);
  });

  it('network data have no REST routes, even for a full-access token', async () => {
    const headers = { authorization: `Bearer ${await createApiToken(cms.strapi, 'full-access')}` };
    // The token is good: it reads a public type's REST route.
    expect((await fetch(`${cms.url}/api/publications`, { headers })).status).toBe(200);
    for (const path of [
      '/api/network-contacts',
      '/api/network-deliveries',
      '/api/distributions',
      '/api/report-submissions',
    ]) {
      expect((await fetch(cms.url + path, { headers })).status, path).toBe(404);
      expect((await fetch(cms.url + path)).status, path).toBe(404);
    }
    // The network plugin's content-API routes are its public writes and the consent text, only.
    const networkRoutes = (
      cms.strapi.server as unknown as { listRoutes(): { path: string; methods: string[] }[] }
    )
      .listRoutes()
      .filter((route) => /^\/api\/(network|reports)\b/.test(route.path))
      .map(
        (route) => `${route.methods.filter((method) => method !== 'HEAD').join(',')} ${route.path}`,
      )
      .sort();
    expect(networkRoutes).toEqual([
      'GET /api/network/consent',
      'POST /api/network/confirm',
      'POST /api/network/sign-up',
      'POST /api/network/unsubscribe',
      'POST /api/reports/submit',
    ]);
  });

  describe('network contact emails', () => {
    const contacts = () => cms.strapi.db.query('plugin::network.network-contact');
    const contact = (email: string) => ({
      name: 'A. Officer',
      email,
      category: 'law_enforcement_officer',
      preferredLanguage: 'en',
      consentText: 'I agree to receive the publications of the MDLE project.',
      consentVersion: '2026-11',
      consentedAt: new Date(),
      status: 'pending',
    });

    it('are stored trimmed and lower-case', async () => {
      const created = await contacts().create({ data: contact('  Officer.One@Police.Example ') });
      expect(created.email).toBe('officer.one@police.example');
    });

    it('are unique regardless of case, enforced by the database itself', async () => {
      // Straight to the database, past every Strapi hook and validation.
      const table = cms.strapi.db.connection('network_contacts');
      const row = (email: string) => ({
        document_id: `doc-${email}`,
        name: 'Test',
        email,
        category: 'other',
        preferred_language: 'en',
        consent_text: 'x',
        consent_version: '1',
        consented_at: new Date(),
        status: 'pending',
      });
      await table.clone().insert(row('Case.Test@Example.org'));
      await expect(table.clone().insert(row('case.test@example.ORG'))).rejects.toThrow(
        /unique|duplicate/i,
      );
    });
  });

  describe('admin roles', () => {
    const permissionsOf = async (code: string) => {
      const role = await cms.strapi.db
        .query('admin::role')
        .findOne({ where: { code }, populate: ['permissions'] });
      return role.permissions as { action: string; subject: string | null }[];
    };

    it('editors manage public content and never see network contacts', async () => {
      const permissions = await permissionsOf('strapi-editor');
      const subjects = new Set(permissions.map((permission) => permission.subject));
      for (const uid of [
        'api::publication.publication',
        'api::event.event',
        'api::person.person',
        'api::project.project',
        'api::news-article.news-article',
        'api::topic.topic',
        'api::organisation.organisation',
      ]) {
        expect(subjects, uid).toContain(uid);
      }
      expect(permissions.some((permission) => permission.action.endsWith('explorer.publish'))).toBe(
        true,
      );
      expect(subjects).not.toContain('plugin::network.network-contact');
    });

    it('only super admins and network managers can reach network contacts', async () => {
      const manager = await permissionsOf(NETWORK_MANAGER_ROLE.code);
      expect(
        manager
          .filter((p) => p.subject === 'plugin::network.network-contact')
          .map((p) => p.action)
          .sort(),
      ).toEqual([
        'plugin::content-manager.explorer.create',
        'plugin::content-manager.explorer.delete',
        'plugin::content-manager.explorer.read',
        'plugin::content-manager.explorer.update',
      ]);
      expect(new Set(manager.map((p) => p.subject))).toEqual(
        new Set([
          'plugin::network.network-contact',
          'plugin::network.network-delivery',
          'plugin::network.report-submission',
          'api::topic.topic', // interests are topics: read only
          'plugin::network.distribution', // read only
        ]),
      );
      // Editors read distribution statuses, but never the deliveries (who got what).
      const editor = await permissionsOf('strapi-editor');
      expect(
        editor.filter((p) => p.subject === 'plugin::network.distribution').map((p) => p.action),
      ).toEqual(['plugin::content-manager.explorer.read']);
      expect(editor.some((p) => p.subject === 'plugin::network.network-delivery')).toBe(false);
      const others = await cms.strapi.db.query('admin::permission').findMany({
        where: { subject: 'plugin::network.network-contact' },
        populate: ['role'],
      });
      expect(new Set(others.map((p: { role: { code: string } }) => p.role.code))).toEqual(
        new Set(['strapi-super-admin', NETWORK_MANAGER_ROLE.code]),
      );
    });
  });
});

describe('admin usability', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  const configuration = (uid: string) => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    return contentTypes.findConfiguration(contentTypes.findContentType(uid));
  };

  it('lists show the columns editors scan for, and entries are named by their title', async () => {
    const publications = await configuration('api::publication.publication');
    expect(publications.layouts.list).toEqual([
      'title',
      'publicationType',
      'publicationDate',
      'documentLanguage',
    ]);
    expect(publications.settings.mainField).toBe('title');
    const contacts = await configuration('plugin::network.network-contact');
    expect(contacts.layouts.list).toEqual(['name', 'email', 'category', 'status', 'country']);
    const submissions = await configuration('plugin::network.report-submission');
    expect(submissions.layouts.list).toEqual(['title', 'name', 'email', 'status', 'createdAt']);
    expect((await configuration('api::person.person')).settings.mainField).toBe('name');
  });

  it('labels fields in plain words, in the list and in the edit view', async () => {
    const publications = await configuration('api::publication.publication');
    expect(publications.metadatas.seriesNumber.edit.label).toBe('Series number');
    expect(publications.metadatas.publicationType.edit.label).toBe('Publication type');
    expect(publications.metadatas.publicationType.list.label).toBe('Publication type');
    expect(publications.metadatas.datePrecision.edit.label).toBe('Date precision');
    expect(publications.metadatas.pdf.edit.label).toBe('PDF');
    const events = await configuration('api::event.event');
    expect(events.metadatas.attendanceApproximate.edit.label).toBe('Attendance is an estimate');
  });

  it('orders the edit view as editors think: what, who, when, text, files, links, SEO', async () => {
    const names = (rows: { name: string }[][]) => rows.map((row) => row.map((f) => f.name));
    const publication = names((await configuration('api::publication.publication')).layouts.edit);
    const position = (field: string) => publication.findIndex((row) => row.includes(field));
    const order = [
      'title',
      'publicationType',
      'authors',
      'publicationDate',
      'abstract',
      'pdf',
      'topics',
      'seo',
    ];
    const positions = order.map(position);
    expect(positions.every((row) => row >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Groups start their own rows: the date never shares a row with the authors.
    expect(position('publicationDate')).toBeGreaterThan(position('authors'));
    // No row is wider than the form.
    for (const row of (await configuration('api::event.event')).layouts.edit) {
      expect(
        row.reduce((sum: number, field: { size: number }) => sum + field.size, 0),
      ).toBeLessThanOrEqual(12);
    }
  });

  it('fields show their description as help text', async () => {
    const publications = await configuration('api::publication.publication');
    expect(publications.metadatas.documentLanguage.edit.description).toMatch(
      /^Language the document itself/,
    );
  });

  it('slugs are generated from titles', () => {
    const slug = cms.strapi.contentType('api::publication.publication').attributes.slug as {
      type: string;
      targetField: string;
    };
    expect(slug).toMatchObject({ type: 'uid', targetField: 'title' });
  });
});
