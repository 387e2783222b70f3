/**
 * `pnpm --filter cms seed [--force]`: loads the starting content into the configured database.
 * Entries editors changed since they were seeded are kept unless --force is given.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import type * as SeedModule from '../src/seed';

const require = createRequire(import.meta.url);
const appDir = join(import.meta.dirname, '..');
const rootEnv = join(appDir, '..', '.env');
if (existsSync(rootEnv)) process.loadEnvFile(rootEnv);
process.env.CMS_SEED = 'false'; // the bootstrap must not seed on its own: this script does

const force = process.argv.includes('--force');
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof StrapiModule;
const context = await compileStrapi({ appDir });
const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
try {
  // The compiled importer, exactly what the running CMS uses.
  const { seed } = require(join(context.distDir!, 'src/seed')) as typeof SeedModule;
  const report = await seed(strapi, { force });
  console.info(
    `Seed: ${report.created.length} created, ${report.updated.length} updated, ` +
      `${report.unchanged.length} unchanged, ${report.keptEditorChanges.length} kept as edited` +
      (report.keptEditorChanges.length && !force ? ' (use --force to overwrite them)' : ''),
  );
  for (const label of report.keptEditorChanges) console.info(`  kept: ${label}`);
} finally {
  await strapi.destroy();
}
