/**
 * Creates .env from .env.example on first run, filling every `<generated>` value with a fresh
 * secret. An existing .env is kept; variables added to .env.example since are appended.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAdminPassword, generateCmsSecrets } from '../packages/test-utils/src/secrets.ts';

const root = join(import.meta.dirname, '..');
const examplePath = join(root, '.env.example');
const envPath = join(root, '.env');

const secrets: Record<string, string> = {
  ...generateCmsSecrets(),
  CMS_ADMIN_PASSWORD: generateAdminPassword(),
};

function fill(line: string): string {
  const match = /^([A-Z0-9_]+)=<generated>$/.exec(line);
  if (!match) return line;
  const name = match[1]!;
  const value = secrets[name];
  if (!value) throw new Error(`No generator for ${name} in scripts/env-init.ts`);
  return `${name}=${value}`;
}

const exampleLines = readFileSync(examplePath, 'utf8').split('\n');
if (!existsSync(envPath)) {
  writeFileSync(envPath, exampleLines.map(fill).join('\n'), { mode: 0o600 });
  console.info('[mdle] created .env with freshly generated secrets');
} else {
  const current = readFileSync(envPath, 'utf8');
  const defined = new Set(current.split('\n').map((line) => line.split('=')[0]));
  const missing = exampleLines.filter((line) => {
    const name = /^([A-Z0-9_]+)=/.exec(line)?.[1];
    return name !== undefined && !defined.has(name);
  });
  if (missing.length > 0) {
    const separator = current.endsWith('\n') ? '' : '\n';
    writeFileSync(envPath, current + separator + missing.map(fill).join('\n') + '\n');
    console.info(`[mdle] added to .env: ${missing.map((line) => line.split('=')[0]).join(', ')}`);
  }
}
