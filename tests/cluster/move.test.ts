/**
 * `./mdle move`: an embedded-default install (SQLite, files on disk) with content made through
 * the real roads (seed, an editor's upload and publication, sign-ups, a confirmation, a delivery,
 * a shared report) moves to PostgreSQL and object storage with nothing lost.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MINIMAL_PDF as PDF,
  cmsDir,
  createThrowawayDatabase,
  generateCmsSecrets,
  getFreePort,
  startBuiltCms,
  type ThrowawayDatabase,
} from '@mdle/test-utils';
import { startS3Server, type TestS3Server } from '@mdle/test-utils/s3';
import { signUpForNetwork } from '@mdle/test-utils/network';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { moveInstall, targetProblem } from '../../scripts/move.ts';

const admin = { email: 'mover@example.org', password: 'Move-Everything-2026' };

/** Rows of `table` without what a move may renumber (ids) or re-point (media URLs). */
const RENUMBERED = /^(id|created_by_id|updated_by_id|url|provider|formats)$/;

describe('moving the embedded default to PostgreSQL and object storage', () => {
  let work: string;
  let source: NodeJS.ProcessEnv;
  let smtp: TestSmtpServer;
  let s3: TestS3Server;
  let database: ThrowawayDatabase;
  let uploadedFile = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mdle-move-test-'));
    smtp = await startSmtpServer();
    s3 = await startS3Server();
    database = await createThrowawayDatabase('postgres://postgres@127.0.0.1:5432/postgres');
    source = {
      ...generateCmsSecrets(),
      ...smtp.env,
      DATABASE_FILENAME: join(work, 'cms.sqlite'),
      SUBMISSIONS_DIR: join(work, 'submissions'),
      CMS_ADMIN_EMAIL: admin.email,
      CMS_ADMIN_PASSWORD: admin.password,
      NETWORK_DISTRIBUTION_INTERVAL_MS: '200',
    };
    const cms = await startBuiltCms({ port: await getFreePort(), env: source });
    try {
      const login = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(admin),
      });
      const { token } = ((await login.json()) as { data: { token: string } }).data;
      const asEditor = (path: string, init: RequestInit = {}) =>
        fetch(`${cms.url}${path}`, {
          ...init,
          headers: {
            authorization: `Bearer ${token}`,
            ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
          },
        });

      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'a.pdf');
      const upload = await asEditor('/upload', { method: 'POST', body: form });
      expect(upload.status).toBe(201);
      uploadedFile = ((await upload.json()) as { url: string }[])[0]!.url;

      const consent = await fetch(`${cms.url}/api/network/consent?locale=en`);
      const { version } = ((await consent.json()) as { data: { version: string } }).data;
      for (const email of ['first@example.org', 'second@example.org']) {
        const signUp = await signUpForNetwork(cms.url, { email, consentVersion: version });
        expect(signUp.status).toBeLessThan(300);
      }
      const [mail] = await smtp.waitFor(2);
      const confirmToken = /\/network\/confirm\?token=(\S+)/.exec(
        smtp.inbox.find((message) => message.to.includes('first@example.org'))!.text,
      )?.[1];
      expect(mail).toBeDefined();
      const confirm = await fetch(`${cms.url}/api/network/confirm?locale=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: confirmToken }),
      });
      expect(confirm.status).toBe(200);

      // A new publication is delivered to the confirmed contact: a delivery record to move.
      const created = await asEditor(
        '/content-manager/collection-types/api::publication.publication?locale=en',
        {
          method: 'POST',
          body: JSON.stringify({
            title: 'A report that moves',
            slug: 'a-report-that-moves',
            publicationType: 'report',
            documentLanguage: 'en',
          }),
        },
      );
      const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
      const published = await asEditor(
        `/content-manager/collection-types/api::publication.publication/${documentId}/actions/publish?locale=en`,
        { method: 'POST', body: '{}' },
      );
      expect(published.status).toBe(200);
      await smtp.waitFor(3);

      const report = new FormData();
      for (const [name, value] of Object.entries({
        name: 'Ana Researcher',
        email: 'ana@example.org',
        title: 'Policing in port cities',
      })) {
        report.append(name, value);
      }
      report.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'p.pdf');
      const shared = await fetch(`${cms.url}/api/reports/submit?locale=en`, {
        method: 'POST',
        body: report,
      });
      expect(shared.status).toBe(202);
    } finally {
      await cms.stop();
    }
  });

  afterAll(async () => {
    // The embedded default's local upload provider wrote into the CMS's public folder.
    if (uploadedFile) rmSync(join(cmsDir, 'public', uploadedFile), { force: true });
    await database?.drop();
    await s3?.stop();
    await smtp?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses a target without PostgreSQL or object storage, before touching anything', () => {
    expect(targetProblem(source, s3.env)).toMatch(/no PostgreSQL database/);
    expect(targetProblem(source, { DATABASE_URL: database.url })).toMatch(/no object storage/);
    expect(targetProblem(source, { DATABASE_URL: database.url, S3_BUCKET: 'media' })).toMatch(
      /S3_SUBMISSIONS_BUCKET is missing/,
    );
    expect(targetProblem(source, { DATABASE_URL: database.url, ...s3.env })).toBeNull();
  });

  it('round-trips every locale, relation, media file, contact, delivery and shared report', async () => {
    const moved = await moveInstall({
      source,
      target: { DATABASE_URL: database.url, ...s3.env },
      log: (line) => console.info(`[move ${new Date().toISOString()}] ${line}`),
    });
    expect(moved.sharedReports).toBe(1);

    const sqlite = new DatabaseSync(source.DATABASE_FILENAME!, { readOnly: true });
    const target = new pg.Client({ connectionString: database.url });
    await target.connect();
    try {
      // Every content table (content types, their links, components, media, locales, the public
      // role's permissions): the same number of rows. Admin accounts and Strapi's own
      // bookkeeping are not content and are not exported.
      const tables = (
        sqlite
          .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
          .all() as { name: string }[]
      )
        .map(({ name }) => name)
        // The search index is not content: derived from what is published, built by the target
        // CMS at its first start (bootstrap/search-index.ts), SQLite's FTS5 tables have no twin.
        .filter((name) => !/^(admin_|strapi_|sqlite_|search_entries|search_terms)/.test(name));
      expect(tables).toEqual(
        expect.arrayContaining([
          'publications',
          'network_contacts',
          'network_deliveries',
          'report_submissions',
          'files',
          'i18n_locale',
        ]),
      );
      const counts = async (name: string) => ({
        name,
        source: (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
        target: Number(
          ((await target.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0] as { n: string }).n,
        ),
      });
      const compared = [];
      for (const table of tables) compared.push(await counts(table));
      expect(compared.filter((table) => table.source !== table.target)).toEqual([]);
      expect(compared.find((table) => table.name === 'network_deliveries')!.source).toBe(1);

      // Field by field, for the tables that matter most.
      for (const table of [
        'publications',
        'network_contacts',
        'network_deliveries',
        'report_submissions',
        'files',
      ]) {
        const columns = (
          sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as {
            name: string;
          }[]
        )
          .map(({ name }) => name)
          .filter((name) => !RENUMBERED.test(name));
        const order = columns.includes('document_id')
          ? 'document_id, locale, published_at'
          : 'hash';
        const list = columns.map((name) => `"${name}"`).join(', ');
        const before = sqlite.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${order}`).all();
        const after = (
          await target.query(`SELECT ${list} FROM "${table}" ORDER BY ${order} NULLS FIRST`)
        ).rows as Record<string, unknown>[];
        expect(after.length, table).toBe(before.length);
        after.forEach((row, index) => {
          for (const column of columns) {
            const expected = before[index]![column];
            const actual = row[column];
            expect(comparable(actual), `${table}.${column}`).toEqual(comparable(expected, actual));
          }
        });
      }

      // The media file is in the public bucket, with its URL pointing there; the shared report
      // is in the private bucket only.
      const { rows: files } = await target.query(`SELECT hash, ext, url, provider FROM files`);
      const file = files[0] as { hash: string; ext: string; url: string; provider: string };
      expect(file.provider).toBe('aws-s3');
      expect(file.url).toBe(`${s3.url}/mdle-media/${file.hash}${file.ext}`);
      expect((await s3.read('mdle-media', `${file.hash}${file.ext}`)).equals(PDF)).toBe(true);
      const { rows: reports } = await target.query(`SELECT stored_as FROM report_submissions`);
      const storedAs = (reports[0] as { stored_as: string }).stored_as;
      expect(await s3.keys('mdle-submissions')).toEqual([storedAs]);
      expect((await s3.read('mdle-submissions', storedAs)).equals(PDF)).toBe(true);
      expect(await s3.keys('mdle-media')).not.toContain(storedAs);
      expect(
        readFileSync(join(source.SUBMISSIONS_DIR!, storedAs)).equals(PDF),
        'the source keeps its copy',
      ).toBe(true);
      expect(existsSync(join(cmsDir, 'public', uploadedFile))).toBe(true);
    } finally {
      sqlite.close();
      await target.end();
    }
  }, 300_000);
});

/**
 * A value as both databases can agree on it: SQLite keeps dates as epoch milliseconds or text,
 * booleans as 0/1 and JSON as text, where PostgreSQL has timestamps, booleans, jsonb and bigint
 * as text. The
 * PostgreSQL value (`like`) says which reading applies.
 */
function comparable(value: unknown, like: unknown = value): unknown {
  if (value === null || value === undefined) return null;
  if (like instanceof Date) return new Date(value as string | number).toISOString();
  if (typeof like === 'boolean') return Boolean(value);
  if (typeof like === 'object' && typeof value === 'string') return JSON.parse(value);
  if (typeof like === 'number' || typeof like === 'bigint') return Number(value);
  // PostgreSQL hands bigint and decimal columns over as text.
  if (typeof like === 'string' && typeof value === 'number') return String(value);
  return value;
}
