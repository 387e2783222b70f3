/**
 * A script injected into a rendered page gets no CSP hash, so the browser refuses to run it,
 * while Nuxt's own inline scripts keep running.
 *
 * What it sends: the site's real rendered network page (one with the app) with `<script>` added inside the rendered
 * app (where content lives), given the Content-Security-Policy the site's own hashing
 * (allowNuxtInlineScripts) computes for that injected page, served to Chromium.
 * What it must get back: the injected script never runs (a CSP violation is reported), and
 * window.__NUXT__ (Nuxt's config script) exists.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@mdle/test-utils/browser';
import { allowNuxtInlineScripts } from '../../../server/utils/csp-hashes';
import { startServers, type Servers } from '../stack';

const PAGE = '/network';
const INJECTED = '<script>document.title = "INJECTED"</script>';

/** Splits a page as Nuxt's render:html hook sees it: head tags, the rendered app, what follows. */
function fragmentsOf(page: string) {
  const head = /<head>([\s\S]*)<\/head>/.exec(page)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
  const appEnd = body.lastIndexOf('</div>') + '</div>'.length;
  return {
    head: [head],
    bodyPrepend: [],
    body: [body.slice(0, appEnd)],
    bodyAppend: [body.slice(appEnd)],
  };
}

describe('security: the CSP blocks a script injected into a page', () => {
  let servers: Servers;
  let browser: Browser;
  let server: Server;
  let pageHtml = '';
  let policy = '';

  beforeAll(async () => {
    servers = await startServers();
    browser = await launchBrowser();
    // A page with the app (reading pages carry no script at all).
    const response = await fetch(`${servers.web.url}${PAGE}`);
    const original = await response.text();
    const siteCsp = response.headers.get('content-security-policy') ?? '';
    // The injection lands inside the rendered app, as an HTML injection in content would.
    pageHtml = original.replace('<div id="__nuxt">', `<div id="__nuxt">${INJECTED}`);
    const security: { hashes?: { script: Set<string>; style: Set<string> } } = {};
    allowNuxtInlineScripts(fragmentsOf(pageHtml), security);
    const scriptSrc = ["'self'", ...(security.hashes?.script ?? [])].join(' ');
    policy = siteCsp.replace(/script-src [^;]+/, `script-src ${scriptSrc}`);
    server = createServer((request, response) => {
      if (request.url === PAGE) {
        response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': policy });
        response.end(pageHtml);
      } else {
        // Nuxt's own files, from the site.
        void fetch(servers.web.url + request.url).then(async (asset) => {
          response.writeHead(asset.status, {
            'content-type': asset.headers.get('content-type') ?? 'application/octet-stream',
          });
          response.end(Buffer.from(await asset.arrayBuffer()));
        });
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await servers?.stop();
  });

  it('runs Nuxt’s scripts and refuses the injected one', async () => {
    expect(pageHtml).toContain(INJECTED);
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}${PAGE}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await page.title()).not.toBe('INJECTED');
    // One refusal: the injected script. Nuxt's inline scripts ran, and the app hydrated.
    expect(violations).toHaveLength(1);
    await page.close();
  });
});
