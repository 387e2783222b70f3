import type { Core } from '@strapi/strapi';
import computeEtag from 'etag';
import { GRAPHQL_ENDPOINT } from '../extensions/graphql/request-scope';

interface KoaContext {
  path: string;
  method: string;
  status: number;
  body: unknown;
  fresh: boolean;
  etag: string;
  vary(field: string): void;
  response: { get(field: string): string };
}

/**
 * Public GraphQL answers (Cache-Control: public, set by extensions/graphql/http-caching.ts) carry
 * an ETag of their bytes; a client or cache that already holds them gets `304 Not Modified`.
 * Every GraphQL answer varies with the Authorization header.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    if (ctx.path !== GRAPHQL_ENDPOINT) return;
    // A cache in front keys public answers on the token too: a token never gets them.
    ctx.vary('Authorization');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return;
    if (ctx.status !== 200 || typeof ctx.body !== 'string') return;
    if (!ctx.response.get('cache-control').startsWith('public')) return;
    ctx.etag = computeEtag(ctx.body);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
