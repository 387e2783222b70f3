/**
 * The README's production steps (`cp .env.example .env && ./mdle env:init`) leave no known
 * secret: every `<generated>` value is replaced, in a new .env and in an existing one, and what
 * someone set by hand is kept.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretProblem } from '../../cms/src/utils/env.ts';
import { adminPasswordProblem } from '../../cms/src/bootstrap/admin-user.ts';
import { initEnv } from '../../scripts/env-init.ts';

const example = join(import.meta.dirname, '..', '..', '.env.example');
const generatedNames = [
  ...readFileSync(example, 'utf8').matchAll(/^([A-Z0-9_]+)=<generated>$/gm),
].map((match) => match[1]!);
const parse = (path: string) =>
  Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  ) as Record<string, string>;

function expectNoKnownSecret(env: Record<string, string>) {
  expect(generatedNames.length).toBeGreaterThanOrEqual(9);
  for (const name of generatedNames) {
    const values = name === 'APP_KEYS' ? env[name]!.split(',') : [env[name]];
    for (const value of values) expect(secretProblem(value), name).toBeUndefined();
  }
  expect(adminPasswordProblem(env.CMS_ADMIN_PASSWORD!, env.CMS_ADMIN_EMAIL!)).toBeUndefined();
}

describe('./mdle env:init', () => {
  it('after `cp .env.example .env`, replaces every <generated> value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdle-env-'));
    copyFileSync(example, join(dir, '.env'));
    const report = initEnv(example, join(dir, '.env'));
    expect(report.generated.sort()).toEqual([...generatedNames].sort());
    expectNoKnownSecret(parse(join(dir, '.env')));
  });

  it('creates a complete .env when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdle-env-'));
    expect(initEnv(example, join(dir, '.env')).created).toBe(true);
    expectNoKnownSecret(parse(join(dir, '.env')));
  });

  it('keeps values set by hand and appends variables added since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdle-env-'));
    const path = join(dir, '.env');
    writeFileSync(path, 'JWT_SECRET=my-own-long-secret-value-123\nAPP_KEYS=<generated>\n');
    const report = initEnv(example, path);
    const env = parse(path);
    expect(env.JWT_SECRET).toBe('my-own-long-secret-value-123');
    expect(report.appended).toContain('NETWORK_TOKEN_SECRET');
    expectNoKnownSecret(env);
    // Running it again changes nothing.
    const before = readFileSync(path, 'utf8');
    initEnv(example, path);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
