/**
 * The page cache stays bounded and cheap: query parameters a page does not read are redirected to
 * the canonical URL (no cache entry, no request to the CMS), and a cache hit does not rebuild the
 * runtime config from process.env. Its own site server, in front of the shared CMS through a proxy
 * that counts what reaches the CMS.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '@mdle/test-utils';
import { ownSiteForFile, startOwnSites, type OwnSites } from './fixtures/own-sites';

const LIST = '/publications';
const PUBLICATION = '/publications/drug-markets-security-foreign-aid';

describe('page cache: canonical URLs, bounded entries, cheap hits', () => {
  const site = ownSiteForFile('cache', {
    // Every request goes through the page cache (not replayed: see hot-responses.test.ts).
    NUXT_HOT_RESPONSES_SECONDS: '0',
  });

  const get = (path: string) => fetch(site.web.url + path, { redirect: 'manual' });

  it('redirects query parameters a page does not read to the canonical URL', async () => {
    const cases: Array<[string, string]> = [
      [`${LIST}?utm_source=newsletter`, LIST],
      [`${LIST}?page=1`, LIST],
      [`${LIST}?type=report&q=police&fbclid=x`, `${LIST}?q=police&type=report`],
      [`${LIST}?q=${encodeURIComponent('  police  ')}`, `${LIST}?q=police`],
      [`${LIST}?year=last`, LIST],
      [`${PUBLICATION}?q=anything`, PUBLICATION],
      ['/fr?ref=partner', '/fr'],
      ['/robots.txt?v=2', '/robots.txt'],
      // A page's payload keeps the page's own parameters, and the build id only when current.
      [`${LIST}/_payload.json?lang=en&utm=1&_b=stale`, `${LIST}/_payload.json?lang=en`],
    ];
    for (const [asked, canonical] of cases) {
      const response = await get(asked);
      expect(response.status, asked).toBe(301);
      expect(new URL(response.headers.get('location')!, site.web.url).href, asked).toBe(
        new URL(canonical, site.web.url).href,
      );
    }
    // What a page reads is kept, and never redirected.
    for (const path of [`${LIST}?q=police&type=report`, `${LIST}?page=2`, LIST]) {
      expect((await get(path)).status, path).toBe(200);
    }
    // A path that would send the visitor to another host is not redirected at all.
    const offSite = await get('//example.org/?x=1');
    expect(offSite.headers.get('location') ?? '').not.toContain('example.org');
  });

  it('makes no cache entry and no CMS request for junk query strings', async () => {
    const visitBoth = async () => {
      expect((await get(LIST)).status).toBe(200);
      expect((await get(PUBLICATION)).status).toBe(200);
    };
    await site.purge();
    await visitBoth();
    const requestsBefore = site.cms.requests;
    for (let index = 0; index < 300; index += 1) {
      const path = `${index % 2 ? LIST : PUBLICATION}?utm=${index}&bust=${randomBytes(4).toString('hex')}`;
      expect((await get(path)).status).toBe(301);
    }
    expect(site.cms.requests).toBe(requestsBefore);
    // The two pages (and the API answers they use), nothing more for the 300 junk URLs.
    const entriesWithJunk = await site.purge();
    await visitBoth();
    expect(entriesWithJunk).toBe(await site.purge());
  });

  it('renders a page from in-process reads: the page is kept, and no API answer of its own', async () => {
    await site.purge();
    expect((await get(PUBLICATION)).status).toBe(200);
    // Reads sent to the site's own routes (/api/cms, /api/citations) would each go through the
    // whole h3 stack and be kept as a cached answer of their own (plugins/site-reads.ts).
    expect(await site.purge()).toBe(1);
  });

  it('serves a cached page without rebuilding the runtime config from process.env', async () => {
    await get(PUBLICATION);
    await get('/robots.txt');
    const before = await site.readsNow();
    const hits = 100;
    for (let index = 0; index < hits; index += 1) {
      expect((await get(index % 2 ? PUBLICATION : '/robots.txt')).status).toBe(200);
    }
    const perHit = ((await site.readsNow()) - before) / hits;
    // A per-request runtime config looks up each of its ~300 keys in process.env.
    expect(perHit).toBeLessThan(5);
  });
});

describe('page cache switched off (NUXT_PAGE_CACHE_MEGABYTES=0)', () => {
  let own: OwnSites;
  beforeAll(async () => {
    own = await startOwnSites({ NUXT_PAGE_CACHE_MEGABYTES: '0', NUXT_HOT_RESPONSES_SECONDS: '0' });
  });
  afterAll(async () => {
    await own?.stop();
  });

  it('renders every request from the CMS, one read per query, and keeps nothing to purge', async () => {
    const [web] = own.sites as [RunningServer];
    const reached: number[] = [];
    for (let visit = 0; visit < 3; visit += 1) {
      const before = own.cms.requests;
      expect((await fetch(web.url + PUBLICATION)).status).toBe(200);
      reached.push(own.cms.requests - before);
    }
    // The site settings and the publication: its "Cite this" references, asked at the same
    // time, join the page's read of the publication instead of sending their own.
    expect(reached).toEqual([2, 2, 2]);
    expect(await own.purge()).toBe(0);
  });

  it("asks the CMS for the layout's data and the page's at once, not one after the other", async () => {
    const [web] = own.sites as [RunningServer];
    const release = own.cms.holdAnswers();
    const page = fetch(web.url + PUBLICATION);
    try {
      // Held at the proxy, the site settings' answer cannot let the page's query start: both
      // are held only if they were sent together.
      await vi.waitFor(() => expect(own.cms.held).toBe(2), { timeout: 5_000 });
    } finally {
      release();
    }
    expect((await page).status).toBe(200);
  });
});
