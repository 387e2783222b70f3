import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { MINIMAL_PDF as PDF } from '@mdle/test-utils';
import { launchBrowser } from '@mdle/test-utils/browser';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { startServers, type Servers } from './stack';

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
 * in-process SMTP server: sign-up → email → confirm → unsubscribe. The forms are plain posts to
 * the site's relay, answered with a 303 to the page that shows the answer.
 */
describe('network sign-up on the site', () => {
  const stack = useMailingStack();

  it('signs up in French, confirms from the email, then unsubscribes', async () => {
    const page = await stack.browser.newPage();
    await page.goto(stack.servers.web.url + '/fr/reseau');
    await page.getByLabel('Nom').fill('Claire Martin');
    await page.getByLabel('Adresse électronique').fill('claire.martin@example.org');
    await page.getByLabel('Vous êtes').selectOption('policy_maker');
    await page.getByLabel('Pays').selectOption('BE');
    await page.getByLabel('Law enforcement and drug policy').check();
    await page.getByLabel(/J'accepte que le projet MDLE/).check();
    await page.getByRole('button', { name: 'Rejoindre le réseau' }).click();
    await page.waitForURL(/\/fr\/reseau\/reponse$/);
    await page.getByRole('alert').getByText('Consultez votre messagerie').waitFor();
    // The answer is the visitor's, once: opened again, the page shows the empty form.
    await page.reload();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('#field-name').inputValue()).toBe('');

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
    await page.goto(confirmUrl!);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
    await page.waitForURL(confirmUrl!);
    await page.getByRole('alert').getByText('Bienvenue dans le réseau MDLE').waitFor();
    expect(await page.getByRole('button').count()).toBe(0);

    await page.goto(unsubscribeUrl!);
    await page.getByRole('button', { name: 'Me désabonner' }).click();
    await page.getByRole('alert').getByText('Vous êtes désabonné').waitFor();
    await page.close();
  });

  it('works without JavaScript: errors per field, values kept, then success', async () => {
    const context = await stack.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.servers.web.url + '/network');
    await page.locator('#field-name').fill('No Script Person');
    await page.locator('#field-email').fill('not-an-email');
    await page.getByLabel('Law enforcement and drug policy').check();
    await page.getByRole('button', { name: 'Join the network' }).click();
    await page.waitForURL(/\/network\/answer$/);
    expect(await page.title()).toMatch(/^Error: Join the network/);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Some fields need your attention.');
    // The answer has the focus: a screen reader starts there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expect(page.locator('#email-error').textContent()).resolves.toContain(
      'Enter a valid email address',
    );
    await expect(page.locator('#consent-error').textContent()).resolves.toContain('tick the box');
    expect(await page.locator('#field-name').inputValue()).toBe('No Script Person');
    expect(await page.locator('#field-email').inputValue()).toBe('not-an-email');
    expect(await page.getByLabel('Law enforcement and drug policy').isChecked()).toBe(true);
    expect(await page.locator('#field-email').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#field-email').fill('no.script@example.org');
    await page.getByLabel('You are').selectOption('researcher');
    await page.getByLabel('Country').selectOption('GB');
    await page.getByLabel(/I agree that the MDLE project/).check();
    await page.getByRole('button', { name: 'Join the network' }).click();
    await page.waitForURL(/\/network\/answer$/);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Check your inbox');
    const inbox = await stack.smtp.waitFor(2);
    expect(inbox.some((mail) => mail.to.includes('no.script@example.org'))).toBe(true);
    await context.close();
  });
});

describe('the network relay, for API clients and plain form posts', () => {
  const stack = useMailingStack();

  it('answers JSON to JSON, and a plain post with a 303 and an answer only its visitor sees, once', async () => {
    const url = stack.servers.web.url;
    const json = await fetch(`${url}/api/network/sign-up?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Only A Name' }),
    });
    expect(json.status).toBe(400);
    const body = (await json.json()) as { error: { details: { errors: unknown[] } } };
    expect(body.error.details.errors.length).toBeGreaterThan(0);

    const posted = await fetch(`${url}/api/network/sign-up?locale=fr`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: new URLSearchParams({ name: 'Privée Personne', email: 'privee@example.org' }),
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/fr/reseau/reponse');
    const setCookie = posted.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/fr\/reseau\/reponse/i);
    expect(setCookie).not.toContain('privee');
    const cookie = setCookie.split(';')[0]!;

    // Another visitor opening the page sees an empty form.
    const other = await fetch(`${url}/fr/reseau/reponse`);
    expect(other.status).toBe(200);
    expect(await other.text()).not.toContain('privee@example.org');
    // The visitor sees the answer and what they typed, never from a cache, and only once.
    const own = await fetch(`${url}/fr/reseau/reponse`, { headers: { cookie } });
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const html = await own.text();
    expect(html).toContain('value="privee@example.org"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<title>Erreur : Rejoindre le réseau');
    const again = await fetch(`${url}/fr/reseau/reponse`, { headers: { cookie } });
    expect(await again.text()).not.toContain('privee@example.org');
  });
});

describe('sharing a report from the site', () => {
  const stack = useMailingStack({
    SUBMISSIONS_DIR: mkdtempSync(join(tmpdir(), 'mdle-e2e-submissions-')),
  });

  it('uploads a PDF, refuses a file that is not one, in French, with and without JavaScript', async () => {
    const page = await stack.browser.newPage();
    await page.goto(stack.servers.web.url + '/fr/partager-un-rapport');
    await page.getByLabel('Votre nom').fill('Léa Dupont');
    await page.getByLabel('Votre adresse électronique').fill('lea@example.org');
    await page.getByLabel('Titre du rapport').fill('La police de proximité en pratique');
    await page.getByLabel('Le rapport (PDF)').setInputFiles({
      name: 'faux.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('pas un pdf'),
    });
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page.waitForURL(/\/fr\/partager-un-rapport\/reponse$/);
    await page.getByText("Le fichier n'est pas un PDF").first().waitFor();
    // What was typed comes back; the file must be chosen again.
    expect(await page.getByLabel('Titre du rapport').inputValue()).toBe(
      'La police de proximité en pratique',
    );

    await page
      .getByLabel('Le rapport (PDF)')
      .setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page.getByRole('alert').getByText('nous avons bien reçu votre rapport').waitFor();
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
    await plain.waitForURL(/\/share-a-report\/answer$/);
    await expect(plain.getByRole('alert').textContent()).resolves.toContain(
      'we received your report',
    );
    await context.close();
  });
});
