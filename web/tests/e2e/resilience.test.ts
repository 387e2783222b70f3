import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsEditor } from './editor';
import { startOwnSites, type OwnSites } from './fixtures/own-sites';
import { startServers, type Servers } from './stack';

const PUBLICATION = 'api::publication.publication';
const SLUG = 'financial-investigation-strategies';

/** Edits and publishes a publication, as an editor in the admin does. */
async function publishNewTitle(servers: Servers, title: string) {
  const editor = await signInAsEditor(servers);
  const documentId = await editor.findBySlug(PUBLICATION, SLUG);
  await editor.update(PUBLICATION, documentId, { title });
  await editor.publish(PUBLICATION, documentId);
}

const page = (servers: Servers, path: string) =>
  fetch(servers.web.url + path, { headers: { accept: 'text/html' } });

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('page cache: purged when an editor publishes, serving while the CMS is down', () => {
  let servers: Servers;
  beforeAll(async () => {
    servers = await startServers({}, { NUXT_PAGE_CACHE_REPURGE_SECONDS: '2' });
  });
  afterAll(() => servers?.stop());

  it('refuses cache purges without the shared secret', async () => {
    for (const authorization of [undefined, 'Bearer wrong-secret', 'Bearer ']) {
      const response = await fetch(servers.web.url + '/api/revalidate', {
        method: 'POST',
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
    }
  });

  it('shows a newly published title at once: the CMS webhook purges the cache', async () => {
    const before = await (await page(servers, `/publications/${SLUG}`)).text();
    expect(before).toContain('Drug law enforcement and financial investigation strategies');
    // Cached now: a second request is served from the cache, without asking the CMS.
    const cmsRequests = servers.siteToCms.requests;
    expect(await (await page(servers, `/publications/${SLUG}`)).text()).toBe(before);
    expect(servers.siteToCms.requests).toBe(cmsRequests);

    await publishNewTitle(servers, 'Financial investigation strategies (revised)');
    const updated = await eventually(async () =>
      (await (await page(servers, `/publications/${SLUG}`)).text()).includes(
        'Financial investigation strategies (revised)',
      ),
    );
    expect(updated).toBe(true);
  });

  it('does not keep a page whose render read the CMS before a purge', async () => {
    const path = `/fr/publications/${SLUG}`;
    // A render under way, its CMS answers (read before the publish) still on their way…
    const release = servers.siteToCms.holdAnswers();
    const rendering = page(servers, path);
    expect(await eventually(async () => servers.siteToCms.held > 0)).toBe(true);
    // …when the publish purges the cache; then the render ends and stores its old page.
    const purge = await fetch(servers.web.url + '/api/revalidate', {
      method: 'POST',
      headers: { authorization: `Bearer ${servers.revalidateSecret}` },
    });
    expect(purge.status).toBe(200);
    release();
    expect((await rendering).status).toBe(200);
    // The second purge (2 s here) drops it: the next visitor's page is rendered from the CMS again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = servers.siteToCms.requests;
    expect((await page(servers, path)).status).toBe(200);
    expect(servers.siteToCms.requests).toBeGreaterThan(before);
  });

  it('keeps serving cached pages when the CMS stops; other pages explain, in the visitor’s language', async () => {
    const cachedPaths = ['/', '/fr', `/publications/${SLUG}`, '/fr/publications'];
    for (const path of cachedPaths) expect((await page(servers, path)).status).toBe(200);

    await servers.cms.stop();

    for (const path of cachedPaths) {
      const response = await page(servers, path);
      expect(response.status, path).toBe(200);
    }
    expect(await (await page(servers, `/publications/${SLUG}`)).text()).toContain(
      'Financial investigation strategies (revised)',
    );

    const english = await page(servers, '/events/first-seminar');
    expect(english.status).toBe(503);
    const englishBody = await english.text();
    expect(englishBody).toContain('The content is temporarily unavailable');
    expect(englishBody).not.toMatch(/at \S+ \(|node_modules|stack/i);

    const french = await page(servers, '/fr/evenements/first-seminar');
    expect(french.status).toBe(503);
    expect(await french.text()).toContain('Le contenu est momentanément indisponible');
  });

  it('empties the cache on an authenticated purge (then pages need the CMS again)', async () => {
    const purge = await fetch(servers.web.url + '/api/revalidate', {
      method: 'POST',
      headers: { authorization: `Bearer ${servers.revalidateSecret}` },
    });
    expect(purge.status).toBe(200);
    expect(((await purge.json()) as { purged: number }).purged).toBeGreaterThan(0);
    expect((await page(servers, `/publications/${SLUG}`)).status).toBe(503);
  });
});

describe('a CMS that does not answer', () => {
  let own: OwnSites;
  beforeAll(async () => {
    own = await startOwnSites({ NUXT_CMS_TIMEOUT_SECONDS: '1', NUXT_HOT_RESPONSES_SECONDS: '0' });
  });
  afterAll(() => own?.stop());

  it('gives up after NUXT_CMS_TIMEOUT_SECONDS: the page says so (503) instead of hanging', async () => {
    const [web] = own.sites;
    const release = own.cms.holdAnswers();
    try {
      const started = Date.now();
      const response = await fetch(`${web!.url}/fr/publications/${SLUG}`, {
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Le contenu est momentanément indisponible');
      // The default (10 s) would still be waiting.
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      release();
    }
    // The CMS answers again: so does the page, uncached (a failed render is not kept).
    expect((await fetch(`${web!.url}/fr/publications/${SLUG}`)).status).toBe(200);
  });
});
