/**
 * Editors' Preview over the built CMS and site: from the admin's edit view to the draft rendered
 * by the site in the admin's frame, with its banner; never cached, never indexed, refused without
 * a valid link; every page type in both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '@mdle/test-utils/browser';
import { axeViolations } from './axe';
import { signInAsEditor } from './editor';
import { startServers, type Servers } from './stack';

const PUBLICATION = 'api::publication.publication';
const PUBLISHED_TITLE = 'Port cities and the cocaine trade';
const DRAFT_TITLE = 'Port cities and the cocaine trade (draft for review)';

describe('editors preview drafts on the site', () => {
  let servers: Servers;
  let editor: Awaited<ReturnType<typeof signInAsEditor>>;
  let browser: Browser;
  let documentId: string;

  const get = (path: string, init?: RequestInit) => fetch(servers.web.url + path, init);
  /** Where the site's /preview door sends the editor: the page with its preview token. */
  async function previewedPage(previewUrl: string): Promise<string> {
    const door = new URL(previewUrl);
    const response = await get(door.pathname + door.search, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    return response.headers.get('location')!;
  }

  beforeAll(async () => {
    servers = await startServers();
    editor = await signInAsEditor(servers);
    documentId = await editor.create(PUBLICATION, {
      title: PUBLISHED_TITLE,
      slug: 'port-cities-preview',
      publicationType: 'report',
      documentLanguage: 'en',
    });
    await editor.publish(PUBLICATION, documentId);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.stop();
  });

  it('shows the draft from the edit view, with the banner, while visitors see the published page', async () => {
    const page: Page = await browser.newPage();
    await page.goto(`${servers.cms.url}/admin/auth/login`);
    await page.getByLabel('Email').fill(servers.admin.email);
    await page.getByLabel('Password').fill(servers.admin.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/admin(\/)?$/, { timeout: 30_000 });

    await page.goto(
      `${servers.cms.url}/admin/content-manager/collection-types/${PUBLICATION}/${documentId}?plugins[i18n][locale]=en`,
    );
    const title = page.getByRole('textbox', { name: /^Title/ });
    await title.fill(DRAFT_TITLE);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document').waitFor();

    const openPreview = page.getByRole('link', { name: 'Open preview' });
    await openPreview.or(page.getByRole('button', { name: 'Open preview' })).click();
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor({ timeout: 20_000 });
    await frame.getByText('Preview: draft.').waitFor();

    const published = await (await get('/publications/port-cities-preview')).text();
    expect(published).toContain(PUBLISHED_TITLE);
    expect(published).not.toContain(DRAFT_TITLE);
    expect(published).not.toContain('Preview: draft.');
    await page.close();
  });

  it('renders the preview for the editor only: never cached, never indexed, framed by the admin alone', async () => {
    await editor.update(PUBLICATION, documentId, { title: DRAFT_TITLE });
    const path = await previewedPage((await editor.previewUrl(PUBLICATION, documentId))!);
    expect(path).toMatch(/^\/publications\/port-cities-preview\?preview=/);
    for (let visit = 0; visit < 2; visit += 1) {
      // Each visit reads the CMS afresh: no cache, not even the one-second replays, keeps it.
      const before = servers.siteToCms.requests;
      const response = await get(path);
      expect(servers.siteToCms.requests, `visit ${visit + 1}`).toBeGreaterThan(before);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('content-security-policy')).toContain(
        `frame-ancestors 'self' ${new URL(servers.cms.url).origin}`,
      );
      const html = await response.text();
      expect(html).toContain(DRAFT_TITLE);
      expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    }
    // Visitors still get the published page (from the cache), framed by nobody.
    const visitor = await get('/publications/port-cities-preview');
    expect(await visitor.text()).not.toContain(DRAFT_TITLE);
    expect(visitor.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // The sitemap knows the published page only.
    const sitemap = await (await get('/__sitemap__/en-GB.xml')).text();
    expect(sitemap).toContain('/publications/port-cities-preview');
    expect(sitemap).not.toContain('preview=');
  });

  it('refuses a preview without a valid link, even right after a valid one', async () => {
    const path = await previewedPage((await editor.previewUrl(PUBLICATION, documentId))!);
    expect((await get(path)).status).toBe(200);
    const forged = path.replace(/preview=[^&]+/, 'preview=forged.token.value');
    for (const url of [
      '/preview',
      '/preview?token=forged.token.value',
      forged,
      '/publications/port-cities-preview?preview=',
    ]) {
      const response = await get(url, { redirect: 'manual' });
      expect(response.status, url).toBe(url.endsWith('preview=') ? 301 : 401);
      expect(await response.text(), url).not.toContain(DRAFT_TITLE);
    }
  });

  it('previews every page type, in English and in French', async () => {
    const types: Record<string, RegExp> = {
      [PUBLICATION]: /^\/(fr\/)?publications\/[^/?]+\?preview=/,
      'api::event.event': /^\/(events|fr\/evenements)\/[^/?]+\?preview=/,
      'api::news-article.news-article': /^\/(news|fr\/actualites)\/[^/?]+\?preview=/,
      'api::person.person': /^\/(people|fr\/personnes)\/[^/?]+\?preview=/,
      'api::topic.topic': /^\/(topics|fr\/themes)\/[^/?]+\?preview=/,
      'api::project.project': /^\/(about|fr\/a-propos)\?preview=/,
      'api::global.global': /^\/(fr)?\?preview=/,
    };
    // The seeds write some types in English only: an editor starts their French version.
    const french: Record<string, object> = {
      [PUBLICATION]: { title: 'Villes portuaires (aperçu)', slug: 'villes-portuaires-apercu' },
      'api::news-article.news-article': { title: 'Actualité (aperçu)', slug: 'actualite-apercu' },
      'api::person.person': { role: 'Chercheuse' },
      'api::topic.topic': { title: 'Thème (aperçu)', slug: 'theme-apercu' },
    };
    const entryIn = async (uid: string, locale: 'en' | 'fr') => {
      const id = await editor.first(uid, locale);
      if (id) return id;
      const english = (await editor.first(uid, 'en'))!;
      // The edit view fills in the fields shared by every language from the English version.
      const { name, slug } = await editor.read(uid, english);
      const shared = uid === 'api::person.person' ? { name, slug } : {};
      await editor.update(uid, english, { ...shared, ...french[uid] }, locale);
      return english;
    };
    const previewed: string[] = [];
    for (const [uid, expected] of Object.entries(types)) {
      for (const locale of ['en', 'fr'] as const) {
        const id = await entryIn(uid, locale);
        const url = await editor.previewUrl(uid, id, locale);
        expect(url, `${uid} ${locale}`).toBeDefined();
        const path = await previewedPage(url!);
        expect(path, `${uid} ${locale}`).toMatch(expected);
        expect(path.startsWith('/fr'), `${uid} ${locale}`).toBe(locale === 'fr');
        const response = await get(path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html, path).toContain(locale === 'fr' ? 'Aperçu : brouillon.' : 'Preview: draft.');
        previewed.push(`${uid} ${locale}`);
      }
    }
    expect(previewed).toHaveLength(Object.keys(types).length * 2);
  });

  it('has no axe violations in either language', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const id = (await editor.first('api::project.project', locale))!;
      const path = await previewedPage(
        (await editor.previewUrl('api::project.project', id, locale))!,
      );
      expect(await axeViolations(browser, servers.web.url + path)).toEqual([]);
    }
  });
});
