/**
 * What environment variables each app actually reads, derived from its code, so deployment files
 * can be checked against it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js)$/.test(name) ? [path] : [];
  });
}

/** Names read by Strapi config helpers (`env('X')`, `env.int('X')`...) or `process.env.X`. */
export function cmsEnvNames(cmsDir: string): Set<string> {
  const names = new Set<string>();
  const files = [...sourceFiles(join(cmsDir, 'config')), ...sourceFiles(join(cmsDir, 'src'))];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\benv(?:\.\w+)?\(\s*'([A-Z0-9_]+)'/g)) names.add(match[1]!);
    for (const match of code.matchAll(/\b(?:process\.)?env\.([A-Z][A-Z0-9_]+)/g))
      names.add(match[1]!);
    // Names listed as string constants of an env check (e.g. REQUIRED_SECRETS).
    for (const match of code.matchAll(/REQUIRED_\w+\s*=\s*\[([^\]]+)\]/g)) {
      for (const name of match[1]!.matchAll(/'([A-Z0-9_]+)'/g)) names.add(name[1]!);
    }
  }
  return names;
}

/** Nuxt maps runtimeConfig keys to NUXT_<SNAKE_CASE> (public keys to NUXT_PUBLIC_...). */
export function runtimeConfigEnvNames(
  runtimeConfig: Record<string, unknown>,
  prefix = 'NUXT_',
): Set<string> {
  const names = new Set<string>();
  for (const [key, value] of Object.entries(runtimeConfig)) {
    const name = prefix + key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const nested of runtimeConfigEnvNames(value as Record<string, unknown>, `${name}_`)) {
        names.add(nested);
      }
    } else {
      names.add(name);
    }
  }
  return names;
}

/** Variables Nitro's Node server reads to listen (documented by Nitro). */
export const NITRO_LISTEN_ENV = ['NITRO_HOST', 'NITRO_PORT', 'HOST', 'PORT'];
