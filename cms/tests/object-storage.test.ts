import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type TestS3Server } from '@mdle/test-utils/s3';
import { objectStorage } from '../src/utils/object-storage';
import { NETWORK_MANAGER_ROLE } from '../src/bootstrap/admin-roles';
import { PDF, postReport, reportParts, validReport } from './fixtures/network';
import { bootCms, type TestCms } from './harness';

const owner = { email: 'owner@example.org', password: 'Keeper-of-keys-42' };
const manager = { email: 'manager@example.org', password: 'Manager-password-42' };

describe('files in S3-compatible object storage (S3_* settings)', () => {
  let s3: TestS3Server;
  let cms: TestCms;
  const tokens: Record<string, string> = {};
  // Where the embedded default would put shared reports: it must stay empty.
  const localSubmissions = mkdtempSync(join(tmpdir(), 'mdle-submissions-'));

  const login = async (user: { email: string; password: string }) => {
    const response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    });
    return ((await response.json()) as { data: { token: string } }).data.token;
  };

  beforeAll(async () => {
    s3 = await startS3Server();
    cms = await bootCms({
      ...s3.env,
      SUBMISSIONS_DIR: localSubmissions,
      CMS_ADMIN_EMAIL: owner.email,
      CMS_ADMIN_PASSWORD: owner.password,
    });
    const role = await cms.strapi
      .service('admin::role')
      .findOne({ code: NETWORK_MANAGER_ROLE.code });
    await cms.strapi
      .service('admin::user')
      .create({ ...manager, firstname: 'Test', isActive: true, roles: [role.id] });
    tokens.owner = await login(owner);
    tokens.manager = await login(manager);
  });
  afterAll(async () => {
    await cms?.stop();
    await s3?.stop();
  });

  it("puts an editor's upload in the media bucket, at a URL visitors can download", async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'brief.pdf');
    const response = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.owner}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const [file] = (await response.json()) as { url: string; hash: string }[];
    expect(file!.url).toMatch(new RegExp(`^${s3.url}/mdle-media/`));
    expect(await s3.keys('mdle-media')).toContain(`${file!.hash}.pdf`);
    // Nothing on this replica's disk: another replica serves the same URL.
    expect(existsSync(join(cms.strapi.dirs.static.public, 'uploads', `${file!.hash}.pdf`))).toBe(
      false,
    );
    const download = await fetch(file!.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    // The admin may show it: its CSP names the store.
    const policy = (await fetch(`${cms.url}/admin`)).headers.get('content-security-policy');
    expect(policy).toMatch(new RegExp(`img-src [^;]*${s3.url}`));
  });

  it('keeps a shared report in the private bucket, for the network manager only', async () => {
    const response = await postReport(cms.url, reportParts({ content: PDF, name: 'ports.pdf' }));
    expect(response.status).toBe(202);
    const [submission] = (await cms.strapi.db
      .query('plugin::network.report-submission')
      .findMany({})) as { documentId: string; storedAs: string }[];
    expect(await s3.keys('mdle-submissions')).toEqual([submission!.storedAs]);
    expect((await s3.read('mdle-submissions', submission!.storedAs)).equals(PDF)).toBe(true);
    // Never in the public bucket, nor on local disk.
    expect(await s3.keys('mdle-media')).not.toContain(submission!.storedAs);
    expect(readdirSync(localSubmissions)).toEqual([]);

    const path = `${cms.url}/network/submissions/${submission!.documentId}/file`;
    const download = await fetch(path, { headers: { authorization: `Bearer ${tokens.manager}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(path)).status).toBe(401);
  });

  it('answers 404, not a crash, when a report is missing from the bucket', async () => {
    const submission = await cms.strapi.db.query('plugin::network.report-submission').create({
      data: {
        ...validReport,
        fileName: 'gone.pdf',
        fileSize: 1,
        fileSha256: 'x',
        storedAs: '00000000-0000-0000-0000-000000000000.pdf',
        status: 'new',
      },
    });
    const response = await fetch(`${cms.url}/network/submissions/${submission.documentId}/file`, {
      headers: { authorization: `Bearer ${tokens.manager}` },
    });
    expect(response.status).toBe(404);
  });
});

describe('object storage settings', () => {
  it('are all or nothing, and never put shared reports in the public bucket', () => {
    expect(objectStorage({})).toBeNull();
    expect(objectStorage({ S3_REGION: 'us-east-1' })).toBeNull(); // as .env.example has it
    expect(() => objectStorage({ S3_BUCKET: 'media' })).toThrow(/S3_SUBMISSIONS_BUCKET is missing/);
    expect(() => objectStorage({ S3_BUCKET: 'media', S3_SUBMISSIONS_BUCKET: 'media' })).toThrow(
      /private bucket/,
    );
    expect(() =>
      objectStorage({ S3_BUCKET: 'a', S3_SUBMISSIONS_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' }),
    ).toThrow(/S3_SECRET_ACCESS_KEY is missing/);
    expect(
      objectStorage({
        S3_BUCKET: 'media',
        S3_SUBMISSIONS_BUCKET: 'private',
        S3_REGION: 'eu-west-3',
      })?.publicUrl,
    ).toBe('https://media.s3.eu-west-3.amazonaws.com');
  });
});
