import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import {
  MINIMAL_PDF as PDF,
  createThrowawayDatabase,
  getFreePort,
  startBuiltCms,
  type RunningServer,
  type ThrowawayDatabase,
} from '@mdle/test-utils';
import { launchBrowser } from '@mdle/test-utils/browser';

const CONTACTS = 'plugin::network.network-contact';
const SUBMISSIONS = 'plugin::network.report-submission';
const owner = { email: 'owner@mdle.localhost', password: 'Keeper-of-keys-42' };
const manager = { email: 'manager@mdle.localhost', password: 'Manager-password-42' };

/**
 * A network manager's tools in the real admin panel (production build, Debian's Chromium):
 * CSV export of the contacts list (honouring its filters), one person's data export, erasure,
 * and a shared report's PDF. The data is made the way it arrives: through the public endpoints.
 */
describe('network tools in the admin panel', () => {
  let cms: RunningServer;
  let database: ThrowawayDatabase | undefined;
  let browser: Browser;
  let page: Page;
  let ownerToken: string;

  const adminApi = async (path: string, init: RequestInit = {}, token = ownerToken) => {
    const response = await fetch(`${cms.url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { data: unknown; results?: unknown };
  };

  /** Invites a Network manager the way the admin does, and lets them set their password. */
  async function createNetworkManager() {
    const { data: roles } = (await adminApi('/admin/roles')) as {
      data: { id: number; code: string }[];
    };
    const role = roles.find(({ code }) => code === 'mdle-network-manager')!;
    const { data: invited } = (await adminApi('/admin/users', {
      method: 'POST',
      body: JSON.stringify({
        firstname: 'Nina',
        lastname: 'Manager',
        email: manager.email,
        roles: [role.id],
      }),
    })) as { data: { registrationToken: string } };
    await adminApi(
      '/admin/register',
      {
        method: 'POST',
        body: JSON.stringify({
          registrationToken: invited.registrationToken,
          userInfo: { firstname: 'Nina', lastname: 'Manager', password: manager.password },
        }),
      },
      '',
    );
  }

  async function signUp(name: string, email: string, category: string, version: string) {
    const response = await fetch(`${cms.url}/api/network/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name,
        email,
        category,
        country: 'FR',
        interests: [],
        preferredLanguage: 'fr',
        consent: true,
        consentVersion: version,
      }),
    });
    expect(response.status).toBe(202);
  }

  async function shareReport() {
    const form = new FormData();
    for (const [field, value] of Object.entries({
      name: 'Ana Researcher',
      email: 'ana@example.org',
      title: 'Policing in port cities',
    })) {
      form.set(field, value);
    }
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'port-cities.pdf');
    const response = await fetch(`${cms.url}/api/reports/submit`, { method: 'POST', body: form });
    expect(response.status).toBe(202);
  }

  const listOf = async (model: string) =>
    (
      (await adminApi(`/content-manager/collection-types/${model}?pageSize=100`)) as {
        results: { documentId: string; email?: string }[];
      }
    ).results;

  /** Clicks what starts a download and returns the file's text. */
  async function downloadFrom(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
      Download,
      void,
    ];
    return {
      name: download.suggestedFilename(),
      text: readFileSync((await download.path())!, 'utf8'),
    };
  }

  /**
   * Runs a document action of the edit view: the panel shows the first ones as buttons and keeps
   * the others in its "More document actions" menu.
   */
  async function runDocumentAction(label: string) {
    await page.getByRole('button', { name: 'Save' }).waitFor();
    const button = page.getByRole('button', { name: label });
    if (await button.isVisible()) return button.click();
    await page.getByRole('button', { name: 'More document actions' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  }

  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      database = await createThrowawayDatabase(process.env.DATABASE_URL);
    }
    cms = await startBuiltCms({
      port: await getFreePort(),
      env: {
        ...(database ? { DATABASE_URL: database.url } : {}),
        CMS_ADMIN_EMAIL: owner.email,
        CMS_ADMIN_PASSWORD: owner.password,
        CMS_SEED: 'false',
        SUBMISSIONS_DIR: mkdtempSync(join(tmpdir(), 'mdle-admin-submissions-')),
      },
    });
    const login = (await adminApi('/admin/login', {
      method: 'POST',
      body: JSON.stringify(owner),
    })) as { data: { token: string } };
    ownerToken = login.data.token;
    await createNetworkManager();

    const consent = (await (await fetch(`${cms.url}/api/network/consent`)).json()) as {
      data: { version: string };
    };
    await signUp('Claire Martin', 'claire@example.org', 'policy_maker', consent.data.version);
    await signUp('Luc Bernard', 'luc@example.org', 'law_enforcement_officer', consent.data.version);
    await shareReport();

    browser = await launchBrowser();
    page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.getByLabel('Email').fill(manager.email);
    await page.getByLabel('Password').fill(manager.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/admin(\/)?$/, { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
    await database?.drop();
  });

  it('exports the whole contacts list as CSV from a button above the list', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${CONTACTS}`);
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Export all contacts (CSV)' }).click(),
    );
    expect(file.name).toMatch(/^network-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = file.text.trim().split('\r\n');
    expect(rows[0]).toMatch(/^name,email,organisation,/);
    expect(
      rows
        .slice(1)
        .map((row) => row.split(',')[1])
        .sort(),
    ).toEqual(['claire@example.org', 'luc@example.org']);
  });

  it('exports what the list shows when it is filtered', async () => {
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${CONTACTS}` +
        '?filters[$and][0][category][$eq]=policy_maker&page=1',
    );
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Export filtered contacts (CSV)' }).click(),
    );
    const rows = file.text.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('claire@example.org');
  });

  it("exports one person's data, then erases them after a confirmation", async () => {
    const claire = (await listOf(CONTACTS)).find(
      (contact) => contact.email === 'claire@example.org',
    )!;
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${CONTACTS}/${claire.documentId}`,
    );
    const file = await downloadFrom(() => runDocumentAction('Export personal data (JSON)'));
    expect(file.name).toBe(`contact-${claire.documentId}.json`);
    const exported = JSON.parse(file.text) as { contact: { email: string; consentText: string } };
    expect(exported.contact.email).toBe('claire@example.org');
    expect(exported.contact.consentText.length).toBeGreaterThan(20);

    await runDocumentAction('Erase this person (right to be forgotten)');
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('This cannot be undone').waitFor();
    await dialog.getByRole('button', { name: 'Erase' }).click();
    await page.getByText('The person has been erased.').waitFor();
    await page.waitForURL(new RegExp(`/collection-types/${CONTACTS}(\\?.*)?$`));
    expect((await listOf(CONTACTS)).map((contact) => contact.email)).toEqual(['luc@example.org']);
  });

  it('downloads the PDF of a shared report, which is never public', async () => {
    const [submission] = await listOf(SUBMISSIONS);
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${SUBMISSIONS}/${submission!.documentId}`,
    );
    const file = await downloadFrom(() => runDocumentAction('Download the PDF'));
    expect(file.name).toBe('port-cities.pdf');
    expect(file.text.startsWith('%PDF-')).toBe(true);
  });
});
