/**
 * Grows an install out of the embedded default: `./mdle move production.env` copies the content
 * of the CMS that `.env` describes (SQLite, files on disk) into the PostgreSQL database and the
 * object storage that `production.env` names. Strapi's own `strapi export` and `strapi import`
 * carry every content type (locales, relations, network contacts, delivery records, shared
 * reports' records) and the media, which the import hands to the target's upload provider (S3);
 * the shared reports' PDFs, kept outside Strapi's media, are copied into the private bucket.
 * Strapi leaves admin accounts out of its exports on purpose: the target's first admin comes from
 * its CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD, and editors are invited again.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { offlineEnv } from '../packages/launcher/src/apps.ts';

const cmsDir = join(import.meta.dirname, '..', 'cms');

/**
 * The CMS's own modules as `strapi build` compiled them (`./mdle move` builds first), so the move
 * reads settings and writes files exactly as the CMS does. Loaded when a move starts: without a
 * build, the command says so instead of failing on a missing file.
 */
function compiledCms() {
  const require = createRequire(join(cmsDir, 'package.json'));
  const load = <T>(path: string): T => {
    if (!existsSync(join(cmsDir, path))) {
      throw new Error(
        `The CMS is not built (${path} is missing): run "./mdle move <file>", which builds it, or "./mdle --filter cms run build" first.`,
      );
    }
    return require(`./${path}`) as T;
  };
  const { objectStorage } = load<{ objectStorage(env: NodeJS.ProcessEnv): object | null }>(
    'dist/src/utils/object-storage.js',
  );
  const { submissionStore } = load<{
    submissionStore(env: NodeJS.ProcessEnv): {
      save(storedAs: string, path: string): Promise<void>;
    };
  }>('dist/src/plugins/network/server/src/lib/submission-store.js');
  return { objectStorage, submissionStore };
}

export interface MoveOptions {
  /** The install to move (the embedded default's `.env`). */
  source: NodeJS.ProcessEnv;
  /** What changes for the new home: DATABASE_URL and S3_* (anything else is kept from source). */
  target: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface MoveResult {
  /** Shared reports' files copied into the private bucket. */
  sharedReports: number;
}

/** Why the target cannot receive the install, or null when it can. */
export function targetProblem(source: NodeJS.ProcessEnv, target: NodeJS.ProcessEnv): string | null {
  const merged = { ...source, ...target };
  if (!merged.DATABASE_URL && merged.DATABASE_CLIENT !== 'postgres') {
    return 'the target names no PostgreSQL database (set DATABASE_URL=postgres://…)';
  }
  if (source.DATABASE_URL && source.DATABASE_URL === merged.DATABASE_URL) {
    return 'the target database is the source database';
  }
  try {
    if (!compiledCms().objectStorage(merged))
      return 'the target names no object storage (set the S3_* variables)';
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

export async function moveInstall({
  source,
  target,
  log = console.info,
}: MoveOptions): Promise<MoveResult> {
  const problem = targetProblem(source, target);
  if (problem) throw new Error(`Cannot move: ${problem}.`);
  const targetEnv = { ...source, ...target };
  const work = mkdtempSync(join(tmpdir(), 'mdle-move-'));
  try {
    log('exporting the CMS content and media (strapi export)');
    await strapi(['export', '--no-encrypt', '--file', join(work, 'install')], source);
    log('importing them into the target (strapi import); media go to the object storage');
    await strapi(['import', '--force', '--file', join(work, 'install.tar.gz')], targetEnv);
    const sharedReports = await copySharedReports(source, targetEnv);
    log(`copied ${sharedReports} shared report file(s) into the private bucket`);
    return { sharedReports };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs the built CMS's `strapi` command with `env` only (not this process's environment). */
function strapi(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), ...args],
    { cwd: cmsDir, env: { PATH: process.env.PATH, ...env, ...offlineEnv }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0
        ? done()
        : fail(new Error(`strapi ${args[0]} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/** The shared reports' PDFs, from the source's folder into the target's private bucket. */
async function copySharedReports(
  source: NodeJS.ProcessEnv,
  target: NodeJS.ProcessEnv,
): Promise<number> {
  const configured = source.SUBMISSIONS_DIR || 'data/submissions';
  const folder = isAbsolute(configured) ? configured : resolve(cmsDir, configured);
  // No folder: nobody ever shared a report.
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return 0;
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  const store = compiledCms().submissionStore(target);
  for (const file of files) await store.save(file.name, join(folder, file.name));
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targetFile = process.argv[2];
  if (!targetFile) {
    console.error('Usage: ./mdle move <target.env>   (DATABASE_URL and S3_* of the new home)');
    process.exit(2);
  }
  const source = parseEnv(readFileSync(join(import.meta.dirname, '..', '.env'), 'utf8'));
  const target = parseEnv(readFileSync(targetFile, 'utf8'));
  try {
    await moveInstall({ source, target, log: (line) => console.info(`[mdle move] ${line}`) });
    console.info(
      `[mdle move] done. Start the CMS with ${targetFile}'s settings; its first admin comes from ` +
        'CMS_ADMIN_EMAIL (Strapi does not export admin accounts): invite the editors again.',
    );
  } catch (error) {
    console.error(`[mdle move] ${(error as Error).message}`);
    process.exit(1);
  }
}
