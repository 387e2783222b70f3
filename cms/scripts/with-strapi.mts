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
    await settleDatabaseWork(strapi);
    await strapi.destroy();
  }
}

interface PoolCounts {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Waits (a few seconds at most) for queries still running after the task: Strapi follows some
 * writes with work it does not wait for, and closing the pool under it fails the whole command
 * with tarn's "Error: aborted" (seen once at the end of the bench's PostgreSQL data generation).
 */
async function settleDatabaseWork(strapi: Core.Strapi, timeoutMs = 5000): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: PoolCounts }).pool;
  const deadline = Date.now() + timeoutMs;
  const busy = () =>
    !!pool && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  while (busy() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Loads a compiled module of the app (what the running CMS uses), e.g. `src/seed`. */
export function requireCompiled<T>(distDir: string, path: string): T {
  return require(join(distDir, path)) as T;
}
