import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionsDir } from '../src/plugins/network/server/src/lib/submission-store';
import { NETWORK_MANAGER_ROLE } from '../src/bootstrap/admin-roles';
import { bootCms, type TestCms } from './harness';

const superAdmin = { email: 'owner@example.org', password: 'Keeper-of-keys-42' };
const manager = { email: 'manager@example.org', password: 'Manager-password-42' };
const editor = { email: 'editor@example.org', password: 'Editor-password-42' };

describe('network managers: CSV export, data export and erasure of contacts', () => {
  let cms: TestCms;
  const tokens: Record<string, string> = {};
  let contactId: string;

  beforeAll(async () => {
    cms = await bootCms({
      CMS_ADMIN_EMAIL: superAdmin.email,
      CMS_ADMIN_PASSWORD: superAdmin.password,
    });
    const roles = cms.strapi.service('admin::role');
    const users = cms.strapi.service('admin::user');
    for (const [user, code] of [
      [manager, NETWORK_MANAGER_ROLE.code],
      [editor, 'strapi-editor'],
    ] as const) {
      const role = await roles.findOne({ code });
      await users.create({ ...user, firstname: 'Test', isActive: true, roles: [role.id] });
    }
    for (const [key, user] of Object.entries({ manager, editor })) {
      const response = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      });
      tokens[key] = ((await response.json()) as { data: { token: string } }).data.token;
    }

    const contacts = cms.strapi.documents('plugin::network.network-contact');
    const base = {
      category: 'law_enforcement_officer',
      preferredLanguage: 'en',
      consentText: 'I agree',
      consentVersion: 'test',
      consentedAt: new Date(),
    };
    const first = await contacts.create({
      data: {
        ...base,
        name: 'Ada Example',
        email: 'ada@example.org',
        country: 'GB',
        status: 'confirmed',
      } as never,
    });
    contactId = first.documentId;
    await contacts.create({
      data: {
        ...base,
        name: '=HYPERLINK("http://evil.example")',
        email: 'formula@example.org',
        status: 'pending',
      } as never,
    });
    await cms.strapi.db.query('plugin::network.network-delivery').create({
      data: {
        publicationDocumentId: 'pub1',
        contactDocumentId: contactId,
        status: 'sent',
        sentAt: new Date(),
      },
    });
  });
  afterAll(() => cms?.stop());

  const call = (path: string, token?: string, method = 'GET') =>
    fetch(`${cms.url}${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('exports the contacts as CSV, filtered like the list, safe to open in a spreadsheet', async () => {
    const response = await call('/network/contacts.csv', tokens.manager);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'name,email,organisation,position,category,country,interests,preferredLanguage,status,consentVersion,consentedAt,confirmedAt,unsubscribedAt,source,createdAt',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Ada Example,ada@example.org');
    // A name a spreadsheet would run as a formula is neutralised.
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)",formula@example\.org/);

    const confirmed = await (
      await call('/network/contacts.csv?status=confirmed', tokens.manager)
    ).text();
    expect(confirmed.trim().split('\r\n')).toHaveLength(2);
    expect((await call('/network/contacts.csv?status=nonsense', tokens.manager)).status).toBe(400);
  });

  it('exports everything held about one person, deliveries included', async () => {
    const response = await call(`/network/contacts/${contactId}/export`, tokens.manager);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      contact: { email: string; consentText: string };
      deliveries: { publicationDocumentId: string }[];
    };
    expect(body.contact).toMatchObject({ email: 'ada@example.org', consentText: 'I agree' });
    expect(body.deliveries.map((delivery) => delivery.publicationDocumentId)).toEqual(['pub1']);
  });

  it('is refused to editors and to anonymous callers', async () => {
    expect((await call('/network/contacts.csv', tokens.editor)).status).toBe(403);
    expect((await call(`/network/contacts/${contactId}/export`, tokens.editor)).status).toBe(403);
    expect((await call(`/network/contacts/${contactId}`, tokens.editor, 'DELETE')).status).toBe(
      403,
    );
    expect((await call('/network/contacts.csv')).status).toBe(401);
  });

  it('erases a person and their delivery history on request', async () => {
    const response = await call(`/network/contacts/${contactId}`, tokens.manager, 'DELETE');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ erased: true, deliveries: 1 });
    const left = await cms.strapi.db
      .query('plugin::network.network-contact')
      .findMany({ where: { email: 'ada@example.org' } });
    expect(left).toEqual([]);
    const deliveries = await cms.strapi.db
      .query('plugin::network.network-delivery')
      .findMany({ where: { contactDocumentId: contactId } });
    expect(deliveries).toEqual([]);
    expect((await call(`/network/contacts/${contactId}/export`, tokens.manager)).status).toBe(404);
  });

  it.each([
    ['CR/LF and a forged header', 'report\r\nX-Injected: 1.pdf', 'reportX-Injected: 1.pdf'],
    ['characters outside Latin-1', 'rapport été 東京.pdf', 'rapport été 東京.pdf'],
    ['a quote and a backslash', 'a "b" \\c.pdf', 'c.pdf'],
  ])(
    'downloads a shared report whose file name has %s (RFC 5987 filename*)',
    async (_, name, kept) => {
      const storedAs = `${randomUUID()}.pdf`;
      mkdirSync(submissionsDir(), { recursive: true });
      writeFileSync(join(submissionsDir(), storedAs), '%PDF-1.4 probe');
      const submission = await cms.strapi.db.query('plugin::network.report-submission').create({
        data: {
          name: 'Probe',
          email: 'probe@example.org',
          title: 'Probe',
          fileName: name,
          fileSize: 14,
          fileSha256: 'x',
          storedAs,
          status: 'new',
        },
      });
      const response = await call(
        `/network/submissions/${submission.documentId}/file`,
        tokens.manager,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-injected')).toBeNull();
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="/);
      const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      expect(star ? decodeURIComponent(star) : /filename="([^"]*)"/.exec(disposition)?.[1]).toBe(
        kept,
      );
      expect(await response.text()).toBe('%PDF-1.4 probe');
    },
  );
});
