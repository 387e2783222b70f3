/**
 * The real stack for browser tests: the built Strapi on a throwaway database (seeded at start),
 * behind the built Nuxt server, driven by Debian's Chromium. No mocks.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@mdle/test-utils/browser';
import {
  createThrowawayDatabase,
  getFreePort,
  startBuiltCms,
  startCountingProxy,
  type CountingProxy,
  startBuiltWeb,
  type RunningServer,
  type ThrowawayDatabase,
} from '@mdle/test-utils';

export interface Servers {
  cms: RunningServer;
  web: RunningServer;
  /** Between the site and the CMS: counts the requests the site makes to the CMS. */
  siteToCms: CountingProxy;
  /** Bearer secret of the site's cache-purge endpoint (also given to the CMS webhook). */
  revalidateSecret: string;
  /** Shared by the CMS (signs preview links) and the site (checks them). */
  previewSecret: string;
  /** Admin login of the CMS, for tests that edit content the way an editor does. */
  admin: { email: string; password: string };
  stop(): Promise<void>;
}

/**
 * Built CMS (own database, seeded, publish webhook wired to the site) and built site.
 * `cmsEnv` adds to the CMS's environment (a mail server, say), `webEnv` to the site's.
 */
export async function startServers(
  cmsEnv: Record<string, string> = {},
  webEnv: Record<string, string> = {},
): Promise<Servers> {
  let database: ThrowawayDatabase | undefined;
  if (process.env.DATABASE_URL) database = await createThrowawayDatabase(process.env.DATABASE_URL);
  const webPort = await getFreePort();
  const revalidateSecret = randomBytes(24).toString('base64url');
  const previewSecret = randomBytes(32).toString('base64url');
  const admin = { email: 'e2e-admin@mdle.localhost', password: 'Stack-keeper-9a-Browser' };
  const cms = await startBuiltCms({
    port: await getFreePort(),
    env: {
      ...(database ? { DATABASE_URL: database.url } : {}),
      SITE_REVALIDATE_URL: `http://127.0.0.1:${webPort}/api/revalidate`,
      SITE_REVALIDATE_SECRET: revalidateSecret,
      PREVIEW_SECRET: previewSecret,
      CMS_ADMIN_EMAIL: admin.email,
      CMS_ADMIN_PASSWORD: admin.password,
      // Links in network emails lead to this site; it relays the form (a trusted proxy).
      SITE_PUBLIC_URL: `http://127.0.0.1:${webPort}`,
      TRUSTED_PROXIES: 'loopback',
      ...cmsEnv,
    },
  });
  const siteToCms = await startCountingProxy(cms.url);
  const web = await startBuiltWeb({
    port: webPort,
    cmsUrl: siteToCms.url,
    env: {
      NUXT_REVALIDATE_SECRET: revalidateSecret,
      NUXT_PREVIEW_SECRET: previewSecret,
      ...webEnv,
    },
  }).catch(async (error) => {
    await siteToCms.close();
    await cms.stop();
    throw error;
  });
  return {
    cms,
    web,
    siteToCms,
    revalidateSecret,
    previewSecret,
    admin,
    async stop() {
      await web.stop();
      await siteToCms.close();
      await cms.stop();
      await database?.drop();
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    cmsUrl: string;
  }
}

/**
 * The site started once for the whole e2e run (global-setup.ts), and a browser for this file.
 * Properties are filled in `beforeAll`.
 */
export function useSite() {
  const site = { url: inject('webUrl'), cmsUrl: inject('cmsUrl'), browser: undefined! as Browser };
  beforeAll(async () => {
    site.browser = await launchBrowser();
  });
  afterAll(() => site.browser?.close());
  return site;
}
