/**
 * Attacker requests against the site's server (the built Nuxt server in front of the built CMS):
 * oversized and chunked bodies, forged forwarding headers, a known cache-purge secret. Each case
 * records what it sends and what it must get back.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFreePort, startBuiltWeb } from '@mdle/test-utils';
import { startServers, type Servers } from '../stack';

const MB = 1024 * 1024;

/**
 * POSTs up to `total` bytes in 64 KB chunks without Content-Length, over a raw socket so that the
 * server's early answer is read even when it closes the connection mid-upload. Resolves with the
 * answer's status and the bytes sent by then.
 */
function chunkedPost(url: string, total: number, contentType: string) {
  const { hostname, port, pathname } = new URL(url);
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let answer = '';
    let sent = 0;
    const socket = connect(Number(port), hostname);
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => {}); // EPIPE / ECONNRESET once the server has answered and closed
    socket.on('close', () =>
      status() ? resolve({ status: status(), sent }) : reject(new Error(answer)),
    );
    socket.write(
      `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: ${contentType}\r\n` +
        'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
    );
    const chunk = Buffer.concat([
      Buffer.from('10000\r\n'),
      Buffer.alloc(64 * 1024, 0x61),
      Buffer.from('\r\n'),
    ]);
    void (async () => {
      while (sent < total && !status() && !socket.destroyed) {
        socket.write(chunk);
        sent += 64 * 1024;
        // A pause every megabyte lets an early answer arrive before everything is sent.
        if (sent % MB === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!socket.destroyed) socket.end('0\r\n\r\n');
    })();
  });
}

/**
 * `chunkedPost`, tried again when the connection closed before any answer was read. The server
 * answers early and closes while the client is still sending; the unread upload then makes the
 * server's kernel reset the connection, and a reset can discard the answer before a busy client
 * reads it (seen once in CI). The answer itself is what is checked, so another try is fair.
 */
async function answeredChunkedPost(url: string, total: number, contentType: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await chunkedPost(url, total, contentType);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('security: the site edge', () => {
  let servers: Servers;
  beforeAll(async () => {
    servers = await startServers({ NETWORK_SIGNUP_PER_IP: '2' });
  });
  afterAll(() => servers?.stop());

  it.each([
    ['the report relay, 40 MB', '/api/reports/submit', 40 * MB, 'multipart/form-data; boundary=x'],
    ['the network relay, 8 MB of JSON', '/api/network/sign-up', 8 * MB, 'application/json'],
    [
      'the network relay, an 8 MB form',
      '/api/network/sign-up',
      8 * MB,
      'application/x-www-form-urlencoded',
    ],
    ['a page, 8 MB', '/network', 8 * MB, 'application/x-www-form-urlencoded'],
  ])(
    'refuses a chunked body past the limit on %s (413), before reading it all',
    async (_, path, total, type) => {
      const { status, sent } = await answeredChunkedPost(servers.web.url + path, total, type);
      expect(status).toBe(413);
      expect(sent).toBeLessThan(total);
      // The server is unharmed.
      expect((await fetch(`${servers.web.url}/`)).status).toBe(200);
    },
  );

  it('refuses a declared Content-Length past the limit without reading it', async () => {
    const response = await fetch(`${servers.web.url}/api/network/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(100 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  it('passes each visitor on to the CMS: one visitor’s limit is not everyone’s', async () => {
    const signUp = async (visitor: string, index: number) =>
      (
        await fetch(`${servers.web.url}/api/network/sign-up?locale=en`, {
          method: 'POST',
          // The site trusts its own proxy (loopback here), which names the visitor.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': visitor },
          body: JSON.stringify({
            name: 'Visitor',
            email: `visitor-${visitor}-${index}@example.org`,
            organisation: 'Police',
            position: 'Officer',
            category: 'law_enforcement_officer',
            country: 'FR',
            interests: ['law-enforcement'],
            preferredLanguage: 'en',
            consent: true,
            consentVersion: await consentVersion(),
          }),
        })
      ).status;
    const first = [];
    for (let index = 0; index < 3; index++) first.push(await signUp('203.0.113.1', index));
    expect(first).toEqual([202, 202, 429]);
    expect(await signUp('203.0.113.2', 0)).toBe(202);
  });

  const consentVersion = async () => {
    const response = await fetch(`${servers.cms.url}/api/network/consent?locale=en`);
    return ((await response.json()) as { data: { version: string } }).data.version;
  };

  it.each(['NUXT_REVALIDATE_SECRET', 'NUXT_PREVIEW_SECRET'])(
    'refuses to start with a placeholder or short %s',
    async (name) => {
      for (const secret of ['<generated>', 'short']) {
        await expect(
          startBuiltWeb({
            port: await getFreePort(),
            cmsUrl: servers.cms.url,
            env: { [name]: secret },
          }),
        ).rejects.toThrow(new RegExp(`Refusing to start: ${name}`));
      }
    },
  );

  it('refuses to start with a duration or a size that is not a number', async () => {
    const cases: Array<[string, string]> = [
      ['NUXT_CMS_TIMEOUT_SECONDS', 'soon'],
      ['NUXT_CMS_TIMEOUT_SECONDS', '0'],
      ['NUXT_PAGE_CACHE_MEGABYTES', '-1'],
      ['NUXT_HOT_RESPONSES_SECONDS', 'one'],
    ];
    for (const [name, value] of cases) {
      await expect(
        startBuiltWeb({
          port: await getFreePort(),
          cmsUrl: servers.cms.url,
          env: { [name]: value },
        }),
        `${name}=${value}`,
      ).rejects.toThrow(new RegExp(`Refusing to start: ${name} is "${value}"`));
    }
  });
});
