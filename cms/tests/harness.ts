/**
 * Boots the real Strapi app in-process for a test file, on a throwaway database:
 * a temp SQLite file by default, or a fresh PostgreSQL database when DATABASE_URL is set
 * (the URL names the server; the run creates and drops its own database there).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type * as StrapiModule from '@strapi/strapi';
import {
  cmsDir,
  createThrowawayDatabase,
  generateCmsSecrets,
  getFreePort,
  offlineEnv,
  type ThrowawayDatabase,
} from '@mdle/test-utils';
import { testDistDir } from './compiled-app';

// An ESM import of @strapi/strapi under vitest trips on a lodash/fp directory import.
const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as typeof StrapiModule;

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  databaseClient: 'sqlite' | 'postgres';
  /** GraphQL POST as an anonymous client; returns the parsed body, status and headers. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody<T>; headers: Headers }>;
  stop(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of any event
type Listeners = Map<string | symbol, ((...args: any[]) => void)[]>;
// strapi.destroy() calls process.removeAllListeners(), which would kill the vitest worker.
function saveProcessListeners(): Listeners {
  return new Map(
    process.eventNames().map((event) => [event, [...process.listeners(event as 'exit')]]),
  );
}
function restoreProcessListeners(saved: Listeners): void {
  for (const [event, listeners] of saved) {
    process.removeAllListeners(event);
    for (const listener of listeners) process.on(event as 'exit', listener);
  }
}

export async function bootCms(extraEnv: Record<string, string> = {}): Promise<TestCms> {
  const port = await getFreePort();
  let database: ThrowawayDatabase | undefined;
  let sqliteDir: string | undefined;
  const env: Record<string, string> = {
    ...generateCmsSecrets(),
    ...offlineEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', // test output stays readable
    // Tests measure the API itself; the response cache has its own test (graphql-cache).
    GRAPHQL_CACHE_TTL: '0',
    // Tests drive the network distribution batches themselves.
    NETWORK_DISTRIBUTION_INTERVAL_MS: '0',
    ...extraEnv,
  };
  if (extraEnv.DATABASE_FILENAME) {
    // A database the test brought (e.g. one made by older code): used as it is, left to the test.
  } else if (process.env.DATABASE_URL) {
    database = await createThrowawayDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = database.url;
  } else {
    sqliteDir = mkdtempSync(join(tmpdir(), 'mdle-cms-test-'));
    env.DATABASE_FILENAME = join(sqliteDir, 'cms.sqlite');
  }
  const previousEnv = { ...process.env };
  Object.assign(process.env, env);

  const listeners = saveProcessListeners();
  const strapi = await createStrapi({
    appDir: cmsDir,
    distDir: testDistDir, // compiled once for the run by compiled-app.ts
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await strapi.listen();
  // The tests' fetch keeps connections alive between requests. Node's server closes one idle for
  // 5 s; when a long test step (or a loaded machine) delays timers, the client may reuse the
  // socket just as the server closes it, and the request fails with ECONNRESET. Left to the
  // client to close (it does after 4 s idle), that race cannot happen.
  strapi.server.httpServer.keepAliveTimeout = 0;
  const url = `http://127.0.0.1:${port}`;

  return {
    strapi,
    url,
    databaseClient: database ? 'postgres' : 'sqlite',
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphQLBody<never>,
        headers: response.headers,
      };
    },
    async stop() {
      await strapi.destroy();
      restoreProcessListeners(listeners);
      process.env = previousEnv;
      await database?.drop();
      if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
    },
  };
}

/** Creates an API token of the given type and returns the key a client sends as `Bearer`. */
export async function createApiToken(
  strapi: Core.Strapi,
  type: 'read-only' | 'full-access',
): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test ${type} ${Math.random().toString(36).slice(2)}`,
    type,
    lifespan: null,
    description: '',
  });
  return token.accessKey as string;
}
