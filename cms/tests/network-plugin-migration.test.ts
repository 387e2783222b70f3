import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_MANAGER_ROLE } from '../src/bootstrap/admin-roles';
import { NETWORK_CONTENT_TYPES } from '../src/plugins/network/server/src/uids';
import { bootCms, type TestCms } from './harness';

/**
 * A SQLite database made by the code before the network became a plugin (`api::network-…`
 * content types), with three contacts (each interested in a topic), two deliveries, a
 * distribution, a shared report, and the contacts list set to 50 rows by an editor.
 */
const FIXTURE = join(import.meta.dirname, 'fixtures/network-before-plugin.sqlite.gz');
const OLD_UIDS = [
  'api::network-contact.network-contact',
  'api::network-delivery.network-delivery',
  'api::distribution.distribution',
  'api::report-submission.report-submission',
];
const CONFIGURATION = 'plugin_content_manager_configuration_content_types::';

// The fixture is a SQLite file; the migration itself is plain knex, the same on PostgreSQL.
describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'the network plugin on an older database',
  () => {
    let cms: TestCms;
    let dir: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mdle-network-migration-'));
      const file = join(dir, 'cms.sqlite');
      writeFileSync(file, gunzipSync(readFileSync(FIXTURE)));
      cms = await bootCms({ DATABASE_FILENAME: file, CMS_SEED: 'false' });
    });

    afterAll(async () => {
      await cms?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('finds every contact (with its interests), delivery, distribution and submission', async () => {
      const [contacts, deliveries, distributions, submissions] = NETWORK_CONTENT_TYPES;
      const found = (await cms.strapi.documents(contacts).findMany({
        sort: 'email:asc',
        populate: { interests: { fields: ['slug'] } },
      })) as unknown as { email: string; status: string; interests: { slug: string }[] }[];
      expect(found.map(({ email, status }) => [email, status])).toEqual([
        ['contact0@example.org', 'pending'],
        ['contact1@example.org', 'confirmed'],
        ['contact2@example.org', 'unsubscribed'],
      ]);
      for (const contact of found)
        expect(contact.interests.map((topic) => topic.slug)).toContain('policing');
      expect(await cms.strapi.db.query(deliveries).count({})).toBe(2);
      expect(await cms.strapi.db.query(distributions).findMany({})).toMatchObject([
        { publicationDocumentId: 'pub-1', status: 'done', sent: 1 },
      ]);
      expect(await cms.strapi.db.query(submissions).findMany({})).toMatchObject([
        { title: 'Field notes', storedAs: 'abc.pdf', status: 'new' },
      ]);
    });

    it('keeps the rules the database enforces (one contact per email, any case)', async () => {
      await expect(
        cms.strapi.db.connection('network_contacts').insert({
          document_id: 'duplicate',
          name: 'Again',
          email: 'CONTACT1@example.org', // straight into the table: no lifecycle lower-cases it
          category: 'other',
          preferred_language: 'en',
          consent_text: 'x',
          consent_version: 'x',
          consented_at: new Date(),
          status: 'pending',
        }),
      ).rejects.toThrow(/UNIQUE/i);
    });

    it('renames the old uids where Strapi keeps them, and keeps the editors’ settings', async () => {
      const db = cms.strapi.db.connection;
      expect(await db('admin_permissions').whereIn('subject', OLD_UIDS).count('* as n')).toEqual([
        { n: 0 },
      ]);
      const managerSubjects = (
        await cms.strapi.db.query('admin::permission').findMany({
          where: { role: { code: NETWORK_MANAGER_ROLE.code } },
        })
      ).map((permission: { subject: string }) => permission.subject);
      expect(managerSubjects).toContain('plugin::network.network-contact');
      expect(
        await db('strapi_core_store_settings').whereIn(
          'key',
          OLD_UIDS.map((uid) => CONFIGURATION + uid),
        ),
      ).toEqual([]);
      const [contactsView] = await db('strapi_core_store_settings')
        .select('value')
        .where('key', `${CONFIGURATION}plugin::network.network-contact`);
      expect(JSON.parse(contactsView.value)).toMatchObject({
        uid: 'plugin::network.network-contact',
        settings: { pageSize: 50 },
      });
      expect(await db('strapi_migrations').pluck('name')).toContain(
        '2026.12.05T00.00.00.network-plugin-uids.js',
      );
    });
  },
);
