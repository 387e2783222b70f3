/**
 * No Docker engine runs here, so the production stack is checked statically (and nginx's part by
 * nginx itself): every variable
 * docker-compose.yml sets is one the app reads, ports and healthchecks agree, and every command
 * the Dockerfiles run exists in package.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// `merge`: the replicas share their settings through YAML anchors (`<<: *cms`), as compose does.
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
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

const APPS = { cms: ['cms-1', 'cms-2'], web: ['web-1', 'web-2'] } as const;
const service = (name: string) => compose.services[name]!;

describe('docker-compose.yml', () => {
  it('runs two replicas of each app on PostgreSQL, Redis and an S3 store, behind nginx', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['cms-1', 'cms-2', 'nginx', 'postgres', 'redis', 's3', 's3-init', 'web-1', 'web-2'].sort(),
    );
    for (const [app, replicas] of Object.entries(APPS)) {
      for (const replica of replicas) {
        expect(service(replica).build).toEqual({ context: '.', dockerfile: `${app}/Dockerfile` });
      }
      const stages = read(`${app}/Dockerfile`).match(/^FROM .+ AS \w+$/gm) ?? [];
      expect(stages.length).toBeGreaterThanOrEqual(3);
      // Replicas are copies: the same settings, nothing that would make one behave differently.
      expect(service(replicas[1]).environment).toEqual(service(replicas[0]).environment);
    }
  });

  it('keeps PostgreSQL and object data in volumes, and starts in an order that cannot race', () => {
    for (const [name, check] of [
      ['postgres', 'pg_isready'],
      ['s3', 'ready'],
    ] as const) {
      const volume = service(name).volumes![0]!.split(':')[0]!;
      expect(compose.volumes).toHaveProperty(volume);
      expect(JSON.stringify(service(name).healthcheck!.test)).toContain(check);
    }
    expect(service('cms-1').depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      's3-init': { condition: 'service_completed_successfully' },
    });
    // The first replica migrates and seeds; the second starts on a ready database.
    expect(service('cms-2').depends_on).toEqual({ 'cms-1': { condition: 'service_healthy' } });
    for (const replica of APPS.web) {
      expect(service(replica).depends_on).toEqual({ 'cms-1': { condition: 'service_healthy' } });
    }
  });

  it.each(Object.entries(APPS))('sets only variables the %s app reads', (app, replicas) => {
    for (const replica of replicas) {
      const set = Object.keys(service(replica).environment ?? {});
      expect(set.length).toBeGreaterThan(3);
      expect(set.filter((name) => !appEnv[app as 'cms' | 'web'].has(name))).toEqual([]);
    }
  });

  it('moves every piece of shared state out of the replicas', () => {
    const cms = service('cms-1').environment!;
    const web = service('web-1').environment!;
    expect(cms).toMatchObject({ DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'postgres' });
    expect(cms.DATABASE_PASSWORD).toBe('${POSTGRES_PASSWORD}');
    expect(cms.REDIS_URL).toBe('redis://redis:6379');
    expect(web.NUXT_REDIS_URL).toBe(cms.REDIS_URL);
    expect(cms.S3_ENDPOINT).toBe('http://s3:9000');
    // No local folders for files any more: the CMS keeps none.
    expect(service('cms-1').volumes).toBeUndefined();
    // The buckets the CMS uses are the ones s3-init creates: media public, reports private.
    const init = JSON.stringify(service('s3-init'));
    expect(init).toContain(`mc anonymous set download store/${cms.S3_BUCKET}`);
    expect(init).toContain(`mc anonymous set none store/${cms.S3_SUBMISSIONS_BUCKET}`);
    expect(cms.S3_BUCKET).not.toBe(cms.S3_SUBMISSIONS_BUCKET);
  });

  it('sends visitors, the site and the publish webhook through nginx', () => {
    const nginx = service('nginx');
    const servers = read('deploy/nginx/servers.conf');
    const listens = [...servers.matchAll(/^\s*listen (\d+);/gm)].map((match) => match[1]);
    expect(listens).toEqual(['8080', '8081']);
    expect(nginx.ports).toEqual(['127.0.0.1:3000:8080', '127.0.0.1:1337:8081']);
    expect(service('web-1').environment!.NUXT_CMS_URL).toBe('http://nginx:8081');
    expect(service('cms-1').environment!.SITE_REVALIDATE_URL).toBe(
      'http://nginx:8080/api/revalidate',
    );
    // Media: the CMS's public URL for them is the nginx location that reads the public bucket.
    const cms = service('cms-1').environment!;
    expect(cms.S3_PUBLIC_URL).toMatch(/\/media$/);
    expect(servers).toContain(`proxy_pass http://mdle_media/${cms.S3_BUCKET}/;`);
    // Each mounted file is in the repository.
    for (const volume of nginx.volumes!) {
      expect(() => read(volume.split(':')[0]!)).not.toThrow();
    }
  });

  it('lists in nginx every replica, on the port it listens on', () => {
    const upstreams = read('deploy/nginx/upstreams.conf');
    const listed = [...upstreams.matchAll(/server ([\w-]+):(\d+)/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    );
    expect(listed).toEqual([
      ...APPS.web.map((name) => `${name}:${service(name).environment!.NITRO_PORT}`),
      ...APPS.cms.map((name) => `${name}:${service(name).environment!.PORT}`),
      's3:9000',
    ]);
  });

  it('never retries a POST on another replica (a sign-up is sent once)', () => {
    const servers = read('deploy/nginx/servers.conf');
    const retry = /^\s*proxy_next_upstream ([^;]*);/m.exec(servers)?.[1];
    expect(retry).toMatch(/^error timeout/);
    expect(retry).not.toContain('non_idempotent');
    expect(servers).toContain('X-Forwarded-For $proxy_add_x_forwarded_for');
  });

  it('is a configuration nginx accepts (nginx -t)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdle-nginx-'));
    // The compose host names do not resolve here: the syntax check runs against loopback.
    const upstreams = read('deploy/nginx/upstreams.conf').replace(
      /server [\w-]+:(\d+)/g,
      'server 127.0.0.1:$1',
    );
    writeFileSync(join(dir, 'upstreams.conf'), upstreams);
    writeFileSync(join(dir, 'servers.conf'), read('deploy/nginx/servers.conf'));
    writeFileSync(
      join(dir, 'nginx.conf'),
      read('deploy/nginx/nginx.conf')
        .replaceAll('/etc/nginx/mdle/', `${dir}/`)
        .replace('http {', `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nhttp {`),
    );
    const check = spawnSync('nginx', ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], {
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    expect(check.stderr).toContain('syntax is ok');
    expect(check.status).toBe(0);
  });

  it.each([
    ['cms', 'cms-1', 'PORT'],
    ['web', 'web-1', 'NITRO_PORT'],
  ] as const)('health-checks the port the %s app listens on', (app, replica, portVariable) => {
    const port = service(replica).environment![portVariable]!;
    expect(service(replica).ports).toBeUndefined(); // reached through nginx only
    expect(JSON.stringify(service(replica).healthcheck!.test)).toContain(
      `http://127.0.0.1:${port}/`,
    );
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

  it.each(['cms', 'web'] as const)('%s: builds on the Node version of .node-version', (app) => {
    // One source: ./mdle installs .node-version, .nvmrc links to it, the images take it as ARG.
    const version = read('.node-version').trim();
    const dockerfile = read(`${app}/Dockerfile`);
    expect(dockerfile).toContain(`ARG NODE_VERSION=${version}\n`);
    const bases = dockerfile.match(/^FROM node:.+$/gm) ?? [];
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toMatch(/^FROM node:\$\{NODE_VERSION\}-/);
    expect(read('.nvmrc').trim()).toBe(version);
    const [major, minor] = version.split('.').map(Number);
    const engines = JSON.parse(read('package.json')).engines.node as string;
    const [, low, lowMinor, high] = /^>=(\d+)\.(\d+) <(\d+)$/.exec(engines)!.map(Number);
    expect(major! > low! || (major === low && minor! >= lowMinor!)).toBe(true);
    expect(major).toBeLessThan(high!);
  });

  it.each(['cms', 'web'] as const)(
    '%s: copies every workspace manifest before the frozen-lockfile install',
    (app) => {
      // pnpm refuses a lockfile naming a workspace package whose package.json is missing.
      const manifests = [
        'cms',
        'web',
        ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`),
      ].filter((dir) => existsSync(join(root, dir, 'package.json')));
      const dockerfile = read(`${app}/Dockerfile`);
      const install = dockerfile.indexOf('pnpm install --frozen-lockfile');
      expect(install).toBeGreaterThan(0);
      for (const dir of manifests) {
        const copy = dockerfile.indexOf(`COPY ${dir}/package.json ${dir}/\n`);
        expect(copy, dir).toBeGreaterThan(0);
        expect(copy, dir).toBeLessThan(install);
      }
    },
  );

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
