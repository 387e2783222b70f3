import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsDir, webDir } from './paths.ts';
import { startServer, type RunningServer } from './process.ts';
import { generateCmsSecrets } from './secrets.ts';

/** Variables that keep every server we start quiet and offline. */
export const offlineEnv = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  NUXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
} as const;

export interface StartCmsOptions {
  port: number;
  /** Extra environment (DATABASE_URL, admin credentials...). Secrets are generated when absent. */
  env?: NodeJS.ProcessEnv;
  inheritOutput?: boolean;
  timeoutMs?: number;
}

/**
 * Starts the built CMS (`strapi start`, production admin build). Without DATABASE_URL or
 * DATABASE_FILENAME in `env`, it runs on a throwaway SQLite file.
 */
export function startBuiltCms(options: StartCmsOptions): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...generateCmsSecrets(),
    ...process.env,
    ...offlineEnv,
    HOST: '127.0.0.1',
    PORT: String(options.port),
    ...options.env,
  };
  if (!env.DATABASE_URL && !env.DATABASE_FILENAME) {
    env.DATABASE_FILENAME = join(mkdtempSync(join(tmpdir(), 'mdle-cms-')), 'cms.sqlite');
  }
  return startServer({
    name: 'cms',
    command: process.execPath,
    args: [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    cwd: cmsDir,
    env,
    url: `http://127.0.0.1:${options.port}`,
    healthPath: '/_health',
    timeoutMs: options.timeoutMs ?? 120_000,
    inheritOutput: options.inheritOutput ?? false,
  });
}

export interface StartWebOptions {
  port: number;
  cmsUrl: string;
  env?: NodeJS.ProcessEnv;
  inheritOutput?: boolean;
}

/** Starts the built Nuxt server (`.output/server/index.mjs`) talking to the given CMS. */
export function startBuiltWeb(options: StartWebOptions): Promise<RunningServer> {
  return startServer({
    name: 'web',
    command: process.execPath,
    args: [join(webDir, '.output/server/index.mjs')],
    cwd: webDir,
    env: {
      ...process.env,
      ...offlineEnv,
      NITRO_HOST: '127.0.0.1',
      NITRO_PORT: String(options.port),
      NUXT_CMS_URL: options.cmsUrl,
      // One secret, two names: the CMS webhook sends it, the site checks it.
      NUXT_REVALIDATE_SECRET:
        process.env.NUXT_REVALIDATE_SECRET || process.env.SITE_REVALIDATE_SECRET,
      NUXT_PREVIEW_SECRET: process.env.NUXT_PREVIEW_SECRET || process.env.PREVIEW_SECRET,
      ...options.env,
    },
    url: `http://127.0.0.1:${options.port}`,
    healthPath: '/',
    timeoutMs: 60_000,
    inheritOutput: options.inheritOutput ?? false,
  });
}
