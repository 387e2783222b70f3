import type { H3Event } from 'h3';

const KB = 1024;
/** The form that carries a PDF (the report, up to the CMS's 20 MB, plus the form's fields). */
const UPLOAD_PATHS = new Set(['/api/reports/submit']);
const UPLOAD_LIMIT = 21 * KB * KB;
/** Every other body this site accepts is a small form or a webhook call. */
const DEFAULT_LIMIT = 64 * KB;

const hasBody = (event: H3Event) => !['GET', 'HEAD', 'OPTIONS'].includes(event.method);
const limitFor = (path: string) =>
  UPLOAD_PATHS.has(path.split('?')[0] ?? '') ? UPLOAD_LIMIT : DEFAULT_LIMIT;

/**
 * A byte limit on every request body, counted while it streams in. Content-Length alone is no
 * limit: a chunked body has none (a 40 MB chunked POST used to be read whole). The body read
 * here is handed on as `req.body`, which h3's readBody / readMultipartFormData use as is.
 * Runs as the first request hook, before any module or route reads the body. Nitro only logs
 * what a request hook throws, so an oversized body is marked (and replaced by an empty one) for
 * server/middleware/body-limit.ts to answer 413.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', async (event) => {
    if (!hasBody(event)) return;
    const limit = limitFor(event.path);
    const request = event.node.req as typeof event.node.req & { body?: Buffer };
    const refuse = () => {
      event.context.bodyTooLarge = true;
      request.body = Buffer.alloc(0);
    };
    if (Number(request.headers['content-length'] ?? 0) > limit) return refuse();
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limit) return refuse(); // the rest is never read
      chunks.push(chunk);
    }
    request.body = Buffer.concat(chunks);
  });
});
