/**
 * `pnpm --filter cms seed [--force]`: loads the starting content into the configured database.
 * Entries editors changed since they were seeded are kept unless --force is given.
 */
import type * as SeedModule from '../src/seed';
import { requireCompiled, withStrapi } from './with-strapi.mts';

const force = process.argv.includes('--force');
process.env.CMS_SEED = 'false'; // the bootstrap must not seed on its own: this script does

await withStrapi(async (strapi, distDir) => {
  const { seed } = requireCompiled<typeof SeedModule>(distDir, 'src/seed');
  const report = await seed(strapi, { force });
  console.info(
    `Seed: ${report.created.length} created, ${report.updated.length} updated, ` +
      `${report.unchanged.length} unchanged, ${report.keptEditorChanges.length} kept as edited` +
      (report.keptEditorChanges.length && !force ? ' (use --force to overwrite them)' : ''),
  );
  for (const label of report.keptEditorChanges) console.info(`  kept: ${label}`);
});
