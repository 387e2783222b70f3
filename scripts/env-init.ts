/**
 * Creates .env from .env.example on first run, filling every `<generated>` value with a fresh
 * secret. On an existing .env it replaces every value still left as `<generated>` (a copied
 * .env.example, say) and appends the variables added to .env.example since; values someone set
 * are never touched.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  generateAdminPassword,
  generateCmsSecrets,
  generateSecret,
} from '../packages/launcher/src/secrets.ts';

const PLACEHOLDER = /^([A-Z0-9_]+)=<generated>$/;

export interface EnvInitReport {
  created: boolean;
  generated: string[];
  appended: string[];
}

export function initEnv(examplePath: string, envPath: string): EnvInitReport {
  const secrets: Record<string, string> = {
    ...generateCmsSecrets(),
    CMS_ADMIN_PASSWORD: generateAdminPassword(),
    POSTGRES_PASSWORD: generateSecret(),
  };
  const generated: string[] = [];
  const fill = (line: string): string => {
    const name = PLACEHOLDER.exec(line.trim())?.[1];
    if (!name) return line;
    const value = secrets[name];
    if (!value) throw new Error(`No generator for ${name} in scripts/env-init.ts`);
    generated.push(name);
    return `${name}=${value}`;
  };

  const exampleLines = readFileSync(examplePath, 'utf8').split('\n');
  if (!existsSync(envPath)) {
    writeFileSync(envPath, exampleLines.map(fill).join('\n'), { mode: 0o600 });
    return { created: true, generated, appended: [] };
  }
  const currentLines = readFileSync(envPath, 'utf8').replace(/\n$/, '').split('\n');
  const defined = new Set(currentLines.map((line) => line.split('=')[0]?.trim()));
  const appended = exampleLines.filter((line) => {
    const name = /^([A-Z0-9_]+)=/.exec(line)?.[1];
    return name !== undefined && !defined.has(name);
  });
  const lines = [...currentLines.map(fill), ...appended.map(fill)];
  writeFileSync(envPath, lines.join('\n') + '\n', { mode: 0o600 });
  return { created: false, generated, appended: appended.map((line) => line.split('=')[0]!) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(import.meta.dirname, '..');
  const report = initEnv(join(root, '.env.example'), join(root, '.env'));
  if (report.created) console.info('[mdle] created .env with freshly generated secrets');
  if (!report.created && report.generated.length > 0)
    console.info(`[mdle] generated in .env: ${report.generated.join(', ')}`);
  if (report.appended.length > 0)
    console.info(`[mdle] added to .env: ${report.appended.join(', ')}`);
}
