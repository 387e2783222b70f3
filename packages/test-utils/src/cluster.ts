import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateCmsSecrets,
  getFreePort,
  repoRoot,
  startBuiltCms,
  startBuiltWeb,
  stopProcess,
  waitForHttp,
  type RunningServer,
} from '@mdle/launcher';
import { createThrowawayDatabase, type ThrowawayDatabase } from './postgres.ts';
import { startS3Server, type TestS3Server } from './s3.ts';

export interface ClusterOptions {
  /** Replicas of each app (2 by default). */
  replicas?: number;
  /** PostgreSQL server on which a throwaway database is made. */
  postgresUrl?: string;
  redisUrl?: string;
  /** Extra environment for every CMS replica (SMTP settings, limits…). */
  cmsEnv?: NodeJS.ProcessEnv;
  webEnv?: NodeJS.ProcessEnv;
  inheritOutput?: boolean;
  /** nginx logs each request's replica and time (for the bench's per-replica latencies). */
  logUpstreams?: boolean;
}

export interface Replica {
  port: number;
  server: RunningServer | null;
}

export interface Cluster {
  /** The site and the CMS through nginx, as visitors and other sites reach them. */
  siteUrl: string;
  cmsUrl: string;
  cms: Replica[];
  web: Replica[];
  s3: TestS3Server;
  databaseUrl: string;
  /** The first CMS replica's admin login. */
  admin: { email: string; password: string };
  /** What every CMS replica was started with (secrets, shared engines). */
  cmsEnv: NodeJS.ProcessEnv;
  /** Starts a killed replica again on its port. */
  restart(app: 'cms' | 'web', index: number): Promise<void>;
  /**
   * With `logUpstreams`: the response times (ms) nginx saw from each replica since the last call,
   * keyed `cms-1`, `web-2`…
   */
  upstreamTimes(): Promise<Map<string, number[]>>;
  stop(): Promise<void>;
}

const UPSTREAM = 'max_fails=1 fail_timeout=2s';

/** nginx with the repository's own server configuration (deploy/nginx/servers.conf). */
async function startNginx(ports: {
  site: number;
  cms: number;
  web: number[];
  cmsReplicas: number[];
  media: string;
  logUpstreams: boolean;
}): Promise<{ process: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mdle-nginx-'));
  // nginx started as root runs its workers as nobody: they must write their temp files.
  chmodSync(dir, 0o755);
  for (const temp of ['body', 'proxy']) {
    mkdirSync(join(dir, temp), { mode: 0o777 });
    chmodSync(join(dir, temp), 0o777);
  }
  const upstream = (name: string, ports: number[]) =>
    `upstream ${name} {\n${ports.map((port) => `  server 127.0.0.1:${port} ${UPSTREAM};`).join('\n')}\n  keepalive 32;\n}\n`;
  const servers = readFileSync(join(repoRoot, 'deploy/nginx/servers.conf'), 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${ports.site};`)
    .replace(/listen 8081;/, `listen 127.0.0.1:${ports.cms};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 2; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  ${
    ports.logUpstreams
      ? `log_format upstreams '$upstream_addr $upstream_response_time';
  access_log ${dir}/upstreams.log upstreams buffer=64k flush=1s;`
      : 'access_log off;'
  }
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  ${upstream('mdle_site', ports.web)}
  ${upstream('mdle_cms', ports.cmsReplicas)}
  upstream mdle_media { server ${ports.media}; }
  map "" $mdle_media_host { default ${ports.media}; }
  ${servers}
}
`,
  );
  const binary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(existsSync) ?? 'nginx';
  const child = spawn(binary, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(new Error(`nginx could not start (apt-get install nginx-light): ${error.message}`)),
    );
  });
  return { process: child, dir };
}

/**
 * The production topology on loopback: nginx in front of N CMS and N site replicas, sharing a
 * throwaway PostgreSQL database, Redis (under a prefix of their own) and s3rver as the object
 * store. The apps must be built (`turbo run build`).
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const replicas = options.replicas ?? 2;
  const ports = {
    site: await getFreePort(),
    cms: await getFreePort(),
    web: [] as number[],
    cmsReplicas: [] as number[],
  };
  for (let index = 0; index < replicas; index += 1) {
    ports.web.push(await getFreePort());
    ports.cmsReplicas.push(await getFreePort());
  }
  const siteUrl = `http://127.0.0.1:${ports.site}`;
  const cmsUrl = `http://127.0.0.1:${ports.cms}`;
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => {});
  };

  try {
    const s3 = await startS3Server();
    stoppers.push(() => s3.stop());
    const database: ThrowawayDatabase = await createThrowawayDatabase(
      options.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    );
    stoppers.push(() => database.drop());
    const logUpstreams = options.logUpstreams ?? false;
    const nginx = await startNginx({ ...ports, media: new URL(s3.url).host, logUpstreams });
    stoppers.push(async () => {
      await stopProcess(nginx.process);
      rmSync(nginx.dir, { recursive: true, force: true });
    });

    const run = randomBytes(4).toString('hex');
    const redisUrl = options.redisUrl ?? 'redis://127.0.0.1:6379';
    const revalidateSecret = randomBytes(24).toString('base64url');
    const previewSecret = randomBytes(32).toString('base64url');
    const admin = { email: 'admin@example.org', password: `Cluster-${run}-password` };
    const cmsEnv: NodeJS.ProcessEnv = {
      ...generateCmsSecrets(),
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `mdle-cluster-${run}:cms`,
      ...s3.env,
      S3_PUBLIC_URL: `${cmsUrl}/media`,
      SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`,
      SITE_REVALIDATE_SECRET: revalidateSecret,
      PREVIEW_SECRET: previewSecret,
      SITE_PUBLIC_URL: siteUrl,
      PUBLIC_URL: cmsUrl,
      TRUSTED_PROXIES: 'loopback',
      CMS_ADMIN_EMAIL: admin.email,
      CMS_ADMIN_PASSWORD: admin.password,
      ...options.cmsEnv,
    };
    const webEnv: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      NUXT_REDIS_URL: redisUrl,
      NUXT_REDIS_PREFIX: `mdle-cluster-${run}:site`,
      NUXT_REVALIDATE_SECRET: revalidateSecret,
      NUXT_PREVIEW_SECRET: previewSecret,
      NUXT_PUBLIC_SITE_URL: siteUrl,
      NUXT_PUBLIC_MEDIA_URL: cmsUrl,
      NUXT_TRUSTED_PROXIES: 'loopback',
      ...options.webEnv,
    };
    const inheritOutput = options.inheritOutput ?? false;
    const cms: Replica[] = ports.cmsReplicas.map((port) => ({ port, server: null }));
    const web: Replica[] = ports.web.map((port) => ({ port, server: null }));
    const start = async (app: 'cms' | 'web', index: number) => {
      const replica = (app === 'cms' ? cms : web)[index]!;
      replica.server =
        app === 'cms'
          ? await startBuiltCms({ port: replica.port, env: cmsEnv, inheritOutput })
          : await startBuiltWeb({ port: replica.port, cmsUrl, env: webEnv, inheritOutput });
    };
    stoppers.push(async () => {
      for (const replica of [...web, ...cms]) await replica.server?.stop();
    });
    // The site replicas first: the first CMS's seed purges their cache through nginx, and a purge
    // refused by replicas not yet listening marks them down in nginx (max_fails), which then
    // answered 502 "no live upstreams" to the first visitors.
    for (let index = 0; index < web.length; index += 1) await start('web', index);
    // One CMS first: it creates the schema and seeds; the others start on a ready database.
    await start('cms', 0);
    await Promise.all(cms.slice(1).map((_, index) => start('cms', index + 1)));
    await waitForHttp(`${siteUrl}/`, 30_000);

    return {
      siteUrl,
      cmsUrl,
      cms,
      web,
      s3,
      databaseUrl: database.url,
      admin,
      cmsEnv,
      restart: (app, index) => start(app, index),
      upstreamTimes: () => readUpstreamTimes(join(nginx.dir, 'upstreams.log'), ports),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Reads and empties nginx's upstream log (written at most a second late: it is buffered). */
async function readUpstreamTimes(
  file: string,
  ports: { web: number[]; cmsReplicas: number[] },
): Promise<Map<string, number[]>> {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const names = new Map<string, string>([
    ...ports.cmsReplicas.map((port, index) => [`127.0.0.1:${port}`, `cms-${index + 1}`] as const),
    ...ports.web.map((port, index) => [`127.0.0.1:${port}`, `web-${index + 1}`] as const),
  ]);
  const times = new Map<string, number[]>();
  const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, '');
  for (const line of log.split('\n')) {
    // "127.0.0.1:4001 0.004" (a retried request lists each try: the last one answered).
    const [addresses = '', seconds = ''] = line.split(' ');
    const name = names.get(addresses.split(', ').at(-1) ?? '');
    const time = Number(seconds.split(', ').at(-1));
    if (!name || !Number.isFinite(time)) continue;
    const replica = times.get(name) ?? [];
    replica.push(time * 1000);
    times.set(name, replica);
  }
  return times;
}
