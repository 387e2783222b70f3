import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { GRAPHQL_ENDPOINT } from '../extensions/graphql/request-scope';
import { publicResponsesGeneration } from '../extensions/graphql/response-cache';

/** A public GraphQL answer as it went out: its headers (but the per-answer ones) and bytes. */
interface KeptAnswer {
  headers: [string, string][];
  body: string;
  keptAt: number;
}

interface KoaContext {
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  /** A request header. */
  get(field: string): string;
  set(field: string, value: string): void;
  response: {
    headers: Record<string, string | string[] | number | undefined>;
    get(field: string): string;
  };
}

/**
 * Set by Node or Koa for each answer; never replayed. The ETag, `Vary: Authorization` and a 304
 * come from graphql-conditional-get, around this middleware, for kept answers as for others.
 */
const PER_ANSWER_HEADERS = new Set([
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'age',
]);

/**
 * The request headers an answer may depend on besides its URL: the negotiated media type, and
 * the Origin, which CORS headers may answer (GraphQL's say `*` to all, so Vary no longer names
 * Origin, see graphql-api-headers; the key keeps it in case they ever differ). A request without
 * Apollo's CSRF-preflight headers is refused by Apollo: it is never answered from here, so it is
 * refused the same way.
 */
const keyOf = (ctx: KoaContext, generation: string) =>
  `${generation}\n${ctx.url}\n${ctx.get('accept')}\n${ctx.get('origin')}`;
const mayUseKept = (ctx: KoaContext) =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') &&
  ctx.path === GRAPHQL_ENDPOINT &&
  !ctx.get('authorization') &&
  Boolean(ctx.get('apollo-require-preflight') || ctx.get('x-apollo-operation-name'));

/**
 * Anonymous GraphQL GETs (Cache-Control: public) answered again from the exact bytes and headers
 * they were sent with, ahead of the rest of Strapi's stack. Apollo's response cache already
 * spares the database, but each of its hits still runs sessions, CORS, security headers, the
 * public role's permission check and Apollo's pipeline, about 1.3 ms: the site's server render
 * waits for two or three such answers per page. An HTTP cache in front (nginx) does the same for
 * partner sites; this one serves the site and any caller without one.
 *
 * Kept under the public responses' generation (extensions/graphql/response-cache.ts), read before
 * the answer is computed: a publish moves to the next generation, on every replica with Redis, so
 * no answer from before it is served again. Bounded by bytes, and by the cache's TTL.
 */
export default (
  config: { megabytes?: number; seconds?: number },
  _context: { strapi: Core.Strapi },
) => {
  const megabytes = Number(config.megabytes ?? 16);
  const seconds = Number(config.seconds ?? 60);
  if (!(megabytes > 0 && seconds > 0))
    return (_ctx: KoaContext, next: () => Promise<void>) => next();
  const kept = new LRUCache<string, KeptAnswer>({
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (answer) => answer.body.length + 1024,
    ttl: seconds * 1000,
  });

  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (!mayUseKept(ctx)) return next();
    const key = keyOf(ctx, await publicResponsesGeneration());
    const answer = kept.get(key);
    if (answer) return replay(ctx, answer);

    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || typeof ctx.body !== 'string') return;
    if (
      !ctx.response.get('cache-control').startsWith('public') ||
      ctx.response.headers['set-cookie']
    )
      return;
    const headers: [string, string][] = [];
    for (const [name, value] of Object.entries(ctx.response.headers)) {
      if (value === undefined || PER_ANSWER_HEADERS.has(name)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.push([name, String(item)]);
    }
    kept.set(key, { headers, body: ctx.body, keptAt: Date.now() });
  };
};

/** Sends a kept answer, with its age. */
function replay(ctx: KoaContext, answer: KeptAnswer): void {
  ctx.status = 200;
  for (const [name, value] of answer.headers) ctx.set(name, value);
  ctx.set('age', String(Math.floor((Date.now() - answer.keptAt) / 1000)));
  ctx.body = answer.body;
}
