/**
 * The real stack for browser tests: the built Strapi on a throwaway database (seeded at start),
 * behind the built Nuxt server, driven by Debian's Chromium. No mocks.
 */
import { chromium, type Browser } from 'playwright-core';
import {
  createThrowawayDatabase,
  getFreePort,
  startBuiltCms,
  startBuiltWeb,
  type RunningServer,
  type ThrowawayDatabase,
} from '@mdle/test-utils';

export interface Stack {
  cms: RunningServer;
  web: RunningServer;
  browser: Browser;
  stop(): Promise<void>;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startStack(): Promise<Stack> {
  let database: ThrowawayDatabase | undefined;
  if (process.env.DATABASE_URL) database = await createThrowawayDatabase(process.env.DATABASE_URL);
  const cms = await startBuiltCms({
    port: await getFreePort(),
    env: database ? { DATABASE_URL: database.url } : {},
  });
  const web = await startBuiltWeb({ port: await getFreePort(), cmsUrl: cms.url }).catch(
    async (error) => {
      await cms.stop();
      throw error;
    },
  );
  // A fresh profile every launch: playwright-core creates a temporary user-data dir.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    cms,
    web,
    browser,
    async stop() {
      await browser.close();
      await web.stop();
      await cms.stop();
      await database?.drop();
    },
  };
}
