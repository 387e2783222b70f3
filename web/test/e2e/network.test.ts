import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@mdle/test-utils/browser';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { gotoHydrated, startServers, type Servers } from './stack';

/**
 * A stack of its own for a suite (its mail must not mix with other tests'): an in-process SMTP
 * server, the CMS sending to it, the site and a browser. Filled in `beforeAll`.
 */
function useMailingStack(cmsEnv: Record<string, string> = {}) {
  const stack = {
    servers: undefined! as Servers,
    smtp: undefined! as TestSmtpServer,
    browser: undefined! as Browser,
  };
  beforeAll(async () => {
    stack.smtp = await startSmtpServer();
    stack.servers = await startServers({
      ...stack.smtp.env,
      ...cmsEnv,
    });
    stack.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.servers?.stop();
    await stack.smtp?.stop();
  });
  return stack;
}

/**
 * Joining the network from the site, in a real browser, with the CMS sending real email to an
 * in-process SMTP server: sign-up → email → confirm → unsubscribe.
 */
describe('network sign-up on the site', () => {
  const stack = useMailingStack();

  it('signs up in French, confirms from the email, then unsubscribes', async () => {
    const page = await stack.browser.newPage();
    await gotoHydrated(page, stack.servers.web.url + '/fr/reseau');
    await page.getByLabel('Nom').fill('Claire Martin');
    await page.getByLabel('Adresse électronique').fill('claire.martin@example.org');
    await page.getByLabel('Vous êtes').selectOption('policy_maker');
    await page.getByLabel('Pays').selectOption('BE');
    await page.getByLabel('Law enforcement and drug policy').check();
    await page.getByLabel(/J'accepte que le projet MDLE/).check();
    await page.getByRole('button', { name: 'Rejoindre le réseau' }).click();
    await page
      .getByRole('alert')
      .getByText('Consultez votre messagerie')
      .waitFor({ timeout: 10_000 });

    const [mail] = await stack.smtp.waitFor(1);
    expect(mail!.to).toEqual(['claire.martin@example.org']);
    const confirmUrl = /(http:\/\/127\.0\.0\.1:\d+\/fr\/reseau\/confirmation\?token=\S+)/.exec(
      mail!.text,
    )?.[1];
    const unsubscribeUrl = /(http:\/\/127\.0\.0\.1:\d+\/fr\/reseau\/desabonnement\?token=\S+)/.exec(
      mail!.text,
    )?.[1];
    expect(confirmUrl).toBeDefined();

    // Opening the link changes nothing by itself (mail scanners follow links); the button does.
    await gotoHydrated(page, confirmUrl!);
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
    await page
      .getByRole('alert')
      .getByText('Bienvenue dans le réseau MDLE')
      .waitFor({ timeout: 10_000 });

    await gotoHydrated(page, unsubscribeUrl!);
    await page.getByRole('button', { name: 'Me désabonner' }).click();
    await page.getByRole('alert').getByText('Vous êtes désabonné').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('works without JavaScript: errors per field, values kept, then success', async () => {
    const context = await stack.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.servers.web.url + '/network');
    await page.locator('#field-name').fill('No Script Person');
    await page.locator('#field-email').fill('not-an-email');
    await page.getByRole('button', { name: 'Join the network' }).click();
    await page.waitForLoadState('load');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Some fields need your attention.');
    await expect(page.locator('#email-error').textContent()).resolves.toContain(
      'Enter a valid email address',
    );
    await expect(page.locator('#consent-error').textContent()).resolves.toContain('tick the box');
    expect(await page.locator('#field-name').inputValue()).toBe('No Script Person');
    expect(await page.locator('#field-email').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#field-email').fill('no.script@example.org');
    await page.getByLabel('You are').selectOption('researcher');
    await page.getByLabel('Country').selectOption('GB');
    await page.getByLabel(/I agree that the MDLE project/).check();
    await page.getByRole('button', { name: 'Join the network' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Check your inbox');
    const inbox = await stack.smtp.waitFor(2);
    expect(inbox.some((mail) => mail.to.includes('no.script@example.org'))).toBe(true);
    await context.close();
  });
});

describe('sharing a report from the site', () => {
  const stack = useMailingStack({
    SUBMISSIONS_DIR: mkdtempSync(join(tmpdir(), 'mdle-e2e-submissions-')),
  });

  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

  it('uploads a PDF, refuses a file that is not one, in French, with and without JavaScript', async () => {
    const page = await stack.browser.newPage();
    await gotoHydrated(page, stack.servers.web.url + '/fr/partager-un-rapport');
    await page.getByLabel('Votre nom').fill('Léa Dupont');
    await page.getByLabel('Votre adresse électronique').fill('lea@example.org');
    await page.getByLabel('Titre du rapport').fill('La police de proximité en pratique');
    await page.getByLabel('Le rapport (PDF)').setInputFiles({
      name: 'faux.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('pas un pdf'),
    });
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page.getByText("Le fichier n'est pas un PDF").first().waitFor({ timeout: 10_000 });

    await page
      .getByLabel('Le rapport (PDF)')
      .setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page
      .getByRole('alert')
      .getByText('nous avons bien reçu votre rapport')
      .waitFor({ timeout: 10_000 });
    const [mail] = await stack.smtp.waitFor(1);
    expect(mail!.to).toEqual(['lea@example.org']);
    expect(mail!.text).toContain('La police de proximité en pratique');
    await page.close();

    const context = await stack.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(stack.servers.web.url + '/share-a-report');
    await plain.getByLabel('Your name').fill('No Script');
    await plain.getByLabel('Your email').fill('noscript@example.org');
    await plain.getByLabel('Title of the report').fill('Plain HTML report');
    await plain
      .getByLabel('The report (PDF)')
      .setInputFiles({ name: 'plain.pdf', mimeType: 'application/pdf', buffer: PDF });
    await plain.getByRole('button', { name: 'Send the report' }).click();
    await plain.waitForLoadState('load');
    await expect(plain.getByRole('alert').textContent()).resolves.toContain(
      'we received your report',
    );
    await context.close();
  });
});
