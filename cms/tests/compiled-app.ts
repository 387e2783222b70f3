/**
 * Compiles the CMS once per test run, into a folder of its own (vitest `globalSetup`).
 *
 * Why not `compileStrapi()` into `dist/`: the browser tests run the built CMS from `dist/` at the
 * same time, and a recompile rewriting `dist/` under a booting CMS made it load half-written files.
 * `dist-test/` sits at the same depth as `dist/`, so paths resolved from `__dirname` still work.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { cmsDir } from '@mdle/test-utils';

export const testDistDir = join(cmsDir, 'dist-test');

export default function compileForTests(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // Incremental (tsconfig): the build info lives in dist-test/, so a rerun recompiles only changes.
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', testDistDir], {
    cwd: cmsDir,
    stdio: 'inherit',
  });
  removeOrphanedOutput(join(testDistDir, 'src'));
}

/**
 * tsc never deletes: a source file moved or removed would stay in dist-test/ as compiled code, and
 * Strapi would load it (a content type twice, say). Removes every output whose source is gone.
 */
function removeOrphanedOutput(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const output = join(entry.parentPath, entry.name);
    const source = join(cmsDir, relative(testDistDir, output));
    const sources = entry.name.endsWith('.js')
      ? [source.replace(/\.js$/, '.ts'), source.replace(/\.js$/, '.tsx')]
      : [source];
    if (!sources.some((candidate) => existsSync(candidate))) rmSync(output);
  }
  // Then the folders left empty, deepest first (Strapi would read an empty api folder as an API).
  const folders = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders)
    if (!readdirSync(folder).length) rmSync(folder, { recursive: true });
}
