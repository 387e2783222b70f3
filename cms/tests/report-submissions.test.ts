import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { PDF, postReport, reportParts, validReport } from './fixtures/network';
import { bootCms, type TestCms } from './harness';

describe('sharing a report with the project', () => {
  let cms: TestCms;
  let smtp: TestSmtpServer;
  const storage = mkdtempSync(join(tmpdir(), 'mdle-submissions-'));
  beforeAll(async () => {
    smtp = await startSmtpServer();
    cms = await bootCms({
      ...smtp.env,
      SUBMISSIONS_DIR: storage,
      SUBMISSION_MAX_MB: '1',
      SUBMISSION_PER_IP: '1000',
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await smtp?.stop();
  });

  const submit = (fields: Record<string, string>, file?: { content: Buffer; name: string }) =>
    postReport(cms.url, reportParts(file, fields));
  const valid = validReport;
  const stored = () => cms.strapi.db.query('plugin::network.report-submission').findMany({});

  it('keeps a PDF privately for the team and acknowledges it by email', async () => {
    const response = await submit(valid, { content: PDF, name: 'port-cities.pdf' });
    expect(response.status).toBe(202);
    const [submission] = (await stored()) as Record<string, string | number>[];
    expect(submission).toMatchObject({
      title: 'Policing in port cities',
      fileName: 'port-cities.pdf',
      fileSize: PDF.length,
      status: 'new',
    });
    const file = join(storage, String(submission!.storedAs));
    expect(readFileSync(file).equals(PDF)).toBe(true);
    // Not served: the CMS's public folder does not have it.
    expect((await fetch(`${cms.url}/uploads/${submission!.storedAs}`)).status).toBe(404);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['ana@example.org']);
    expect(mail!.text).toContain('Thank you for sharing "Policing in port cities"');
  });

  it('checks the file by its content, its size, and every field', async () => {
    const before = (await stored()).length;
    const cases: Array<[number, Response]> = [
      [
        400,
        await submit(valid, {
          content: Buffer.from('just text, named like a PDF'),
          name: 'fake.pdf',
        }),
      ],
      [400, await submit(valid)],
      [
        413,
        await submit(valid, {
          content: Buffer.concat([PDF, Buffer.alloc(1.5 * 1024 * 1024)]),
          name: 'big.pdf',
        }),
      ],
      [
        400,
        await submit(
          { ...valid, title: '<script>alert(1)</script>' },
          { content: PDF, name: 'a.pdf' },
        ),
      ],
      [400, await submit({ ...valid, email: 'nope' }, { content: PDF, name: 'a.pdf' })],
      [400, await submit({ ...valid, extra: 'x' }, { content: PDF, name: 'a.pdf' })],
      [
        400,
        await submit({ ...valid, website: 'http://spam.example' }, { content: PDF, name: 'a.pdf' }),
      ],
    ];
    for (const [status, response] of cases) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message.length).toBeGreaterThan(0);
    }
    expect((await stored()).length).toBe(before);
    expect(readdirSync(storage)).toHaveLength(1);
  });

  it('cannot be read by anyone outside: no REST route, not in GraphQL', async () => {
    expect((await fetch(`${cms.url}/api/report-submissions`)).status).toBe(404);
    const { body } = await cms.graphql('{ __type(name: "ReportSubmission") { name } }');
    expect(body.data).toEqual({ __type: null });
    expect(existsSync(join(process.cwd(), 'public', 'uploads', 'port-cities.pdf'))).toBe(false);
  });
});
