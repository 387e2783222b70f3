/**
 * A cached page's finished answer is replayed ahead of the app: the same status, headers (the
 * CSP and every security header included) and bytes, compressed as the browser accepts, with
 * 304s for a known ETag, and forgotten when a publish purges the cache. Whether the app ran is
 * read from the process.env lookups it makes (the preload counts them): a replay makes none.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ownSiteForFile } from './fixtures/own-sites';

const PUBLICATION = '/publications/drug-markets-security-foreign-aid';
const LIST_FR = '/fr/publications?type=report';
/** Headers that differ between two answers whatever the server does. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

describe('hot responses: cached pages replayed ahead of the app', () => {
  const site = ownSiteForFile('hot', {
    // Long enough that no replay expires while a test runs.
    NUXT_HOT_RESPONSES_SECONDS: '60',
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(site.web.url + path, { headers: { 'accept-encoding': 'identity', ...headers } });
  const headersOf = (response: Response) => {
    const kept: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!PER_ANSWER.has(name)) kept[name] = value;
    });
    return kept;
  };

  it('replays the answer the app gave, byte for byte, without running the app', async () => {
    await site.purge();
    for (const path of [PUBLICATION, LIST_FR]) {
      const rendered = await get(path);
      const renderedBody = await rendered.text();
      expect(rendered.status).toBe(200);
      expect(rendered.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

      const before = await site.readsNow();
      const replays = await Promise.all(Array.from({ length: 20 }, () => get(path)));
      expect(await site.readsNow(), 'process.env lookups during 20 replays').toBe(before);
      for (const replay of replays) {
        expect(replay.status).toBe(200);
        expect(headersOf(replay)).toEqual(headersOf(rendered));
        expect(await replay.text()).toBe(renderedBody);
      }
    }
  });

  it('sends brotli, gzip or plain bytes as the browser accepts, each time the same page', async () => {
    const plain = Buffer.from(await (await get(PUBLICATION)).arrayBuffer());
    const cases = [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
      ['identity', null, (bytes: Buffer) => bytes],
    ] as const;
    for (const [accepted, encoding, decode] of cases) {
      const response = await get(PUBLICATION, { 'accept-encoding': accepted });
      await response.body?.cancel();
      expect(response.headers.get('content-encoding'), accepted).toBe(encoding);
      expect(response.headers.get('vary'), accepted).toMatch(/accept-encoding/i);
      // fetch hands the bytes over as sent when asked for no decoding: read them raw.
      const raw = await rawBody(site.web.url + PUBLICATION, accepted);
      expect(Number(response.headers.get('content-length')), accepted).toBe(raw.length);
      expect(decode(raw).equals(plain), accepted).toBe(true);
      if (encoding) expect(raw.length, accepted).toBeLessThan(plain.length / 2);
    }
    // The page cache's own answer (the first after a purge) is compressed too.
    await site.purge();
    const first = await get(LIST_FR, { 'accept-encoding': 'br' });
    await first.body?.cancel();
    expect(first.headers.get('content-encoding')).toBe('br');
  });

  it('answers 304 to a known ETag, from the replay', async () => {
    const etag = (await get(PUBLICATION)).headers.get('etag');
    expect(etag).toBeTruthy();
    const before = await site.readsNow();
    const revalidated = await get(PUBLICATION, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(await site.readsNow()).toBe(before);
  });

  it('forgets every replay when a publish purges the cache', async () => {
    await get(PUBLICATION);
    const requestsBefore = site.cms.requests;
    await get(PUBLICATION);
    expect(site.cms.requests, 'a replay does not reach the CMS').toBe(requestsBefore);
    await site.purge();
    expect((await get(PUBLICATION)).status).toBe(200);
    expect(site.cms.requests, 'after a purge the page is rendered again').toBeGreaterThan(
      requestsBefore,
    );
  });

  it('never replays pages that are not cached, nor error answers', async () => {
    for (const path of ['/network/confirm?token=abc', '/publications/no-such-report']) {
      await get(path);
      const before = await site.readsNow();
      await get(path);
      expect(await site.readsNow(), path).toBeGreaterThan(before);
    }
  });
});

/** The body exactly as sent (Node's fetch would decode it). */
async function rawBody(url: string, acceptEncoding: string): Promise<Buffer> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    })
      .on('error', reject)
      .end();
  });
}
