/**
 * A page's CMS reads start with its render (server/plugins/early-reads.ts) and the app's own
 * reads join them: each read reaches the CMS once per render, and a path that is no page reads
 * nothing. Its own site server, in front of the shared CMS through a proxy that counts requests.
 */
import { describe, expect, it } from 'vitest';
import { ownSiteForFile } from './fixtures/own-sites';

/** An entry page of each kind, in both languages. */
const ENTRY_PAGES = [
  '/publications/drug-markets-security-foreign-aid',
  '/fr/publications/drug-markets-security-foreign-aid',
  '/events/second-seminar',
  '/fr/evenements/osce-2020-conference',
  '/people/michael-levi',
  '/fr/personnes/michael-levi',
  '/news/project-launch',
  '/fr/actualites/project-launch',
  '/topics/law-enforcement',
  '/fr/themes/law-enforcement',
];

describe('page reads: started early, each sent once', () => {
  const site = ownSiteForFile('page-reads', {
    // Every request is rendered or read from the page cache, never replayed.
    NUXT_HOT_RESPONSES_SECONDS: '0',
  });

  /** The CMS requests of one uncached render of `path`. */
  const requestsToRender = async (path: string, status = 200) => {
    await site.purge();
    const before = site.cms.requests;
    const response = await fetch(site.web.url + path);
    expect(response.status, path).toBe(status);
    await response.arrayBuffer();
    return site.cms.requests - before;
  };

  it.each(ENTRY_PAGES)('%s reads the CMS twice: the site settings and the entry', async (path) => {
    // The first render registers the documents' hashes with the CMS (persisted queries), which
    // costs one more request per document the CMS had not seen yet.
    await requestsToRender(path);
    // A publication's "Cite this" references share the page's read of the publication.
    expect(await requestsToRender(path)).toBe(2);
  });

  it('reads nothing for a path that is no page', async () => {
    expect(await requestsToRender('/no/such/page', 404)).toBe(0);
    expect(await requestsToRender('/fr/publications/a/b', 404)).toBe(0);
  });
});
