/**
 * Runs a function against the CMS loaded in-process (no HTTP server), for command-line tasks such
 * as seeding or generating benchmark data. Reads the repository's .env when present.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

const require = createRequire(import.meta.url);
export const appDir = join(import.meta.dirname, '..');

export async function withStrapi<T>(
  task: (strapi: Core.Strapi, distDir: string) => Promise<T>,
): Promise<T> {
  const rootEnv = join(appDir, '..', '.env');
  if (existsSync(rootEnv)) process.loadEnvFile(rootEnv);
  const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof StrapiModule;
  const context = await compileStrapi({ appDir });
  const strapi = await createStrapi({
    ...context,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    return await task(strapi, context.distDir!);
  } finally {
    await strapi.destroy();
  }
}

/** Loads a compiled module of the app (what the running CMS uses), e.g. `src/seed`. */
export function requireCompiled<T>(distDir: string, path: string): T {
  return require(join(distDir, path)) as T;
}
