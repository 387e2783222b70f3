/**
 * Attacker requests against the anonymous report submission (POST /api/reports/submit): extra,
 * huge, chunked or oddly named multipart parts. Whatever the answer, nothing the request sent
 * stays on the CMS's disk outside the private submissions folder, and limits apply while the body
 * is read, not after.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PDF, postReport, reportParts, validReport, type Part } from '../fixtures/network';
import { bootCms, type TestCms } from '../harness';

const MB = 1024 * 1024;
const BOUNDARY = 'mdle-boundary';
const filePartHead = (filename: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
const pdfOf = (bytes: number) =>
  Buffer.concat([PDF, Buffer.alloc(Math.max(0, bytes - PDF.length))]);
const blob = (bytes: number, type = 'application/octet-stream') =>
  new Blob([new Uint8Array(bytes)], { type });

describe('security: the report intake keeps nothing an attacker sends', () => {
  let cms: TestCms;
  const storage = mkdtempSync(join(tmpdir(), 'mdle-submissions-'));
  // The CMS runs in this process: its temporary uploads land in TMPDIR, watched here.
  const scratch = mkdtempSync(join(tmpdir(), 'mdle-intake-tmp-'));
  const savedTmpdir = process.env.TMPDIR;
  let nextIp = 1;
  /** Each request as from its own visitor (the test client plays the site, a trusted proxy). */
  const visitor = () => ({ 'x-forwarded-for': `198.51.100.${nextIp++}` });

  beforeAll(async () => {
    cms = await bootCms({
      SUBMISSIONS_DIR: storage,
      SUBMISSION_MAX_MB: '2',
      SUBMISSION_PER_IP: '2',
      TRUSTED_PROXIES: 'loopback',
    });
    process.env.TMPDIR = scratch;
  });
  afterAll(async () => {
    process.env.TMPDIR = savedTmpdir;
    await cms?.stop();
    rmSync(storage, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    expect(readdirSync(scratch)).toEqual([]);
  });

  const leftovers = () => readdirSync(scratch);
  const storedFiles = () => readdirSync(storage).filter((name) => name.endsWith('.pdf'));
  /** The refusal's message and its per-field messages, as one text. */
  const errorOf = async (response: Response) =>
    JSON.stringify(((await response.json()) as { error: unknown }).error);

  /** A chunked multipart request (no Content-Length), written as `body` produces it. */
  const rawPost = (body: (write: (chunk: Buffer) => boolean) => Promise<void>) =>
    new Promise<number>((resolve, reject) => {
      const req = request(`${cms.url}/api/reports/submit?locale=en`, {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'transfer-encoding': 'chunked',
          ...visitor(),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // Writing on after the CMS answered and closed fails (EPIPE): the answer, if any, counts.
      req.on('error', (error) => setTimeout(() => reject(error), 500));
      body((chunk) => (req.destroyed ? false : req.write(chunk))).then(() => req.end(), reject);
    });

  it('accepts a valid report, keeps it in the private folder only', async () => {
    const before = storedFiles().length;
    const response = await postReport(
      cms.url,
      reportParts({ content: PDF, name: 'port-cities.pdf' }),
      visitor(),
    );
    expect(response.status).toBe(202);
    expect(storedFiles()).toHaveLength(before + 1);
    expect(leftovers()).toEqual([]);
  });

  it.each<[string, Part[], number, RegExp]>([
    [
      'a valid PDF plus an extra 1 MB file part',
      [
        ...reportParts({ content: PDF, name: 'a.pdf' }),
        { name: 'junk', value: blob(MB), filename: 'junk.bin' },
      ],
      400,
      /more parts than expected/,
    ],
    [
      'a valid PDF plus a 1 MB text part',
      [...reportParts({ content: PDF, name: 'a.pdf' }), { name: 'junk', value: 'x'.repeat(MB) }],
      400,
      /./,
    ],
    [
      'many small fields',
      [
        ...reportParts({ content: PDF, name: 'a.pdf' }),
        ...Array.from({ length: 50 }, (_, index) => ({ name: `f${index}`, value: 'x' })),
      ],
      400,
      /./,
    ],
    [
      'a file over the limit',
      reportParts({ content: pdfOf(3 * MB), name: 'big.pdf' }),
      413,
      /at most 2 MB/,
    ],
    [
      'only a file under another field name',
      [
        ...Object.entries(validReport).map(([name, value]) => ({ name, value })),
        { name: 'attachment', value: blob(1000, 'application/pdf'), filename: 'a.pdf' },
      ],
      400,
      /more parts than expected/,
    ],
  ])('refuses %s and leaves nothing on disk', async (_, parts, status, message) => {
    const before = storedFiles().length;
    const response = await postReport(cms.url, parts, visitor());
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatch(message);
    expect(leftovers()).toEqual([]);
    expect(storedFiles()).toHaveLength(before);
  });

  it('refuses a chunked body (no Content-Length) while reading it, past the file limit', async () => {
    const status = await rawPost(async (write) => {
      write(filePartHead('big.pdf'));
      write(PDF);
      // 8 MB in 64 KB chunks, unless the CMS answers (and closes) first.
      for (let sent = 0; sent < 8 * MB; sent += 64 * 1024) {
        if (!write(Buffer.alloc(64 * 1024))) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      write(Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
    });
    expect(status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\ana\\rapport-été-東京.pdf', 'rapport-été-東京.pdf'],
    ['..', 'report.pdf'],
  ])('keeps the file name %j as a plain name (%j), the file under a UUID', async (name, kept) => {
    const response = await postReport(cms.url, reportParts({ content: PDF, name }), visitor());
    expect(response.status).toBe(202);
    const [latest] = (await cms.strapi.db
      .query('plugin::network.report-submission')
      .findMany({ orderBy: { id: 'desc' }, limit: 1 })) as { fileName: string; storedAs: string }[];
    expect(latest!.fileName).toBe(kept);
    expect(latest!.storedAs).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(readdirSync(storage).every((file) => /^[0-9a-f-]{36}\.pdf$/.test(file))).toBe(true);
  });

  it('counts a visitor before reading the body: past the limit, nothing is received', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.50' };
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await postReport(cms.url, reportParts({ content: PDF, name: 'a.pdf' }), ip);
      statuses.push(response.status);
      await response.body?.cancel();
    }
    // Two attempts per hour here; the third is refused, whatever it carries.
    expect(statuses[2]).toBe(429);
    expect(leftovers()).toEqual([]);
  });
});
