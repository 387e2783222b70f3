/**
 * Uploaded images are served from the media origin (NUXT_PUBLIC_MEDIA_URL: the CMS, a bucket or a
 * CDN); the site's CSP lets pages show them, and only them, whatever origin it is set to at run time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@mdle/test-utils';
import { startOwnSites, type OwnSites } from './fixtures/own-sites';

const MEDIA = 'https://media.example.org';

describe('CSP for the media origin', () => {
  let own: OwnSites;
  beforeAll(async () => {
    own = await startOwnSites({ NUXT_PUBLIC_MEDIA_URL: `${MEDIA}/uploads-bucket` });
  });
  afterAll(async () => {
    await own?.stop();
  });

  it('allows images from the media origin set at run time, on every page', async () => {
    const [web] = own.sites as [RunningServer];
    for (const path of ['/', '/fr/publications', '/topics']) {
      const policy = (await fetch(web.url + path)).headers.get('content-security-policy') ?? '';
      const images = /img-src ([^;]+)/.exec(policy)?.[1]?.split(' ');
      expect(images, path).toEqual(["'self'", 'data:', MEDIA]);
      // Scripts stay the site's own.
      expect(policy, path).toMatch(/script-src 'self'(;|$)/);
    }
  });
});
