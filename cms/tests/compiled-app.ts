/**
 * Compiles the CMS once per test run, into a folder of its own (vitest `globalSetup`).
 *
 * Why not `compileStrapi()` into `dist/`: the browser tests run the built CMS from `dist/` at the
 * same time, and a recompile rewriting `dist/` under a booting CMS made it load half-written files.
 * `dist-test/` sits at the same depth as `dist/`, so paths resolved from `__dirname` still work.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cmsDir } from '@mdle/test-utils';

export const testDistDir = join(cmsDir, 'dist-test');

export default function compileForTests(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // Incremental (tsconfig): the build info lives in dist-test/, so a rerun recompiles only changes.
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', testDistDir], {
    cwd: cmsDir,
    stdio: 'inherit',
  });
}
