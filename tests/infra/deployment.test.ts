/**
 * No Docker engine runs here, so the production stack is checked statically: every variable
 * docker-compose.yml sets is one the app reads, ports and healthchecks agree, and every command
 * the Dockerfiles run exists in package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsEnvNames, NITRO_LISTEN_ENV, runtimeConfigEnvNames } from './app-env.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ComposeService {
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

const appEnv: Record<'cms' | 'web', Set<string>> = { cms: new Set(), web: new Set() };
beforeAll(async () => {
  appEnv.cms = cmsEnvNames(join(root, 'cms'));
  // nuxt.config.ts calls the auto-imported defineNuxtConfig: stub it to read the object.
  (globalThis as Record<string, unknown>).defineNuxtConfig = (config: unknown) => config;
  const nuxtConfigPath = join(root, 'web', 'nuxt.config.ts'); // a path, not typed as a module here
  const nuxtConfig = (await import(nuxtConfigPath)).default as {
    runtimeConfig: Record<string, unknown>;
  };
  appEnv.web = new Set([...runtimeConfigEnvNames(nuxtConfig.runtimeConfig), ...NITRO_LISTEN_ENV]);
});

const exampleNames = new Set(
  [...read('.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]!),
);

describe('docker-compose.yml', () => {
  it('has postgres, cms and web, the apps built from their own multi-stage Dockerfile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'web']);
    for (const app of ['cms', 'web'] as const) {
      expect(compose.services[app]!.build).toEqual({
        context: '.',
        dockerfile: `${app}/Dockerfile`,
      });
      const stages = read(`${app}/Dockerfile`).match(/^FROM .+ AS \w+$/gm) ?? [];
      expect(stages.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps PostgreSQL data in a volume and checks its health', () => {
    const postgres = compose.services.postgres!;
    const volume = postgres.volumes![0]!.split(':')[0]!;
    expect(compose.volumes).toHaveProperty(volume);
    expect(JSON.stringify(postgres.healthcheck!.test)).toContain('pg_isready');
    expect(compose.services.cms!.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
    });
    expect(compose.services.web!.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
  });

  it.each(['cms', 'web'] as const)('sets only variables the %s app reads', (app) => {
    const set = Object.keys(compose.services[app]!.environment ?? {});
    expect(set.length).toBeGreaterThan(3);
    expect(set.filter((name) => !appEnv[app].has(name))).toEqual([]);
  });

  it('wires the database settings the CMS needs for PostgreSQL', () => {
    const env = compose.services.cms!.environment!;
    expect(env.DATABASE_CLIENT).toBe('postgres');
    expect(env.DATABASE_HOST).toBe('postgres');
    expect(env.DATABASE_PASSWORD).toBe('${POSTGRES_PASSWORD}');
    expect(compose.services.web!.environment!.NUXT_CMS_URL).toBe(
      `http://cms:${compose.services.cms!.environment!.PORT}`,
    );
  });

  it.each([
    ['cms', 'PORT'],
    ['web', 'NITRO_PORT'],
  ] as const)('publishes and health-checks the port the %s app listens on', (app, portVariable) => {
    const service = compose.services[app]!;
    const port = service.environment![portVariable]!;
    expect(service.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(JSON.stringify(service.healthcheck!.test)).toContain(`http://127.0.0.1:${port}/`);
    const dockerfile = read(`${app}/Dockerfile`);
    expect(dockerfile).toContain(`EXPOSE ${port}`);
    expect(dockerfile).toContain(`http://127.0.0.1:${port}/`);
  });
});

describe('Dockerfiles', () => {
  it.each(['cms', 'web'] as const)('%s: every pnpm/npm script it runs exists', (app) => {
    const dockerfile = read(`${app}/Dockerfile`);
    const scripts = Object.keys(JSON.parse(read(`${app}/package.json`)).scripts);
    const used = [
      ...[...dockerfile.matchAll(/pnpm --filter \S+ (\w[\w:-]*)/g)].map((match) => match[1]!),
      ...[...dockerfile.matchAll(/"npm", "run", "([\w:-]+)"/g)].map((match) => match[1]!),
    ].filter((name) => name !== 'deploy'); // `pnpm deploy` is a pnpm command, not a script
    expect(used.length).toBeGreaterThanOrEqual(2);
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it.each(['cms', 'web'] as const)('%s: pins the pnpm version of package.json', (app) => {
    const pnpm = JSON.parse(read('package.json')).packageManager as string;
    expect(read(`${app}/Dockerfile`)).toContain(`npm install --global ${pnpm}`);
  });
});

describe('.env.example', () => {
  it('documents every variable the apps read', () => {
    const nitroDefaults = new Set(['HOST', 'PORT']); // documented under their CMS meaning
    const read = [...appEnv.cms, ...appEnv.web].filter(
      (name) => !['NODE_ENV'].includes(name) && !nitroDefaults.has(name),
    );
    expect(read.filter((name) => !exampleNames.has(name))).toEqual([]);
  });
});
