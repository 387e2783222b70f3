import type { Core } from '@strapi/strapi';
import { GRAPHQL_ENDPOINT } from '../extensions/graphql/request-scope';

interface KoaContext {
  path: string;
  set(field: string, value: string): void;
  remove(field: string): void;
  response: { get(field: string): string };
}

/** Headers that only mean something to an HTML document (DNS prefetch, IE8 downloads, Flash/PDF). */
const DOCUMENT_ONLY_HEADERS = [
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Permitted-Cross-Domain-Policies',
];

/**
 * GraphQL's JSON answers carry an API's security headers (OWASP REST Security Cheat Sheet) rather
 * than helmet's set for HTML documents: a CSP that allows nothing and no framing, and no headers
 * that only documents use. Stricter, and half the bytes a cache in front parses on every hit.
 * The sandbox's HTML page (GRAPHQL_SANDBOX, outside production) keeps the document set.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    if (ctx.path !== GRAPHQL_ENDPOINT) return;
    if (!/json/.test(ctx.response.get('content-type'))) return;
    ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    ctx.set('X-Frame-Options', 'DENY');
    for (const header of DOCUMENT_ONLY_HEADERS) ctx.remove(header);
    // The graphql plugin answers every origin with `*`, with which browsers refuse credentials
    // anyway. Nor does the answer then depend on the Origin: without `Origin` in Vary, a CDN or
    // nginx in front keeps one copy for every partner site rather than one per site.
    if (ctx.response.get('access-control-allow-origin') === '*') {
      ctx.remove('Access-Control-Allow-Credentials');
      const vary = ctx.response
        .get('vary')
        .split(',')
        .map((field) => field.trim())
        .filter((field) => field && field.toLowerCase() !== 'origin');
      if (vary.length) ctx.set('Vary', vary.join(', '));
      else ctx.remove('Vary');
    }
  };
