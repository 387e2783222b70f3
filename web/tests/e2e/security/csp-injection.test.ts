/**
 * A script injected into a rendered page does not run: the site's pages carry no script of their
 * own, and its CSP allows none inline (`script-src 'self'`, `script-src-attr 'none'`).
 *
 * What it sends: the site's real rendered network page, with a `<script>` and an inline event
 * handler added inside the rendered content (as an HTML injection in content would land), served
 * to Chromium with the site's own Content-Security-Policy header, unchanged.
 * What it must get back: neither runs, and the browser reports both refusals.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@mdle/test-utils/browser';
import { startServers, type Servers } from '../stack';

const PAGE = '/network';
const INJECTED =
  '<script>document.title = "INJECTED"</script>' +
  '<img src="/no-such-image.png" alt="" onerror="document.title = \'ONERROR\'">';

describe('security: the CSP blocks a script injected into a page', () => {
  let servers: Servers;
  let browser: Browser;
  let server: Server;
  let pageHtml = '';
  let policy = '';

  beforeAll(async () => {
    servers = await startServers();
    browser = await launchBrowser();
    const response = await fetch(`${servers.web.url}${PAGE}`);
    pageHtml = (await response.text()).replace('<main', `${INJECTED}<main`);
    policy = response.headers.get('content-security-policy') ?? '';
    server = createServer((request, response) => {
      if (request.url === PAGE) {
        response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': policy });
        response.end(pageHtml);
      } else {
        // The page's other files, from the site.
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

  it('refuses the injected script and event handler', async () => {
    expect(pageHtml).toContain(INJECTED);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("script-src-attr 'none'");
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}${PAGE}`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    expect(await page.title()).toMatch(/^The MDLE network/);
    expect(violations).toHaveLength(2);
    await page.close();
  });
});
