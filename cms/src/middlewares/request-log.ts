import type { Core } from '@strapi/strapi';

/** Link tokens (confirm, unsubscribe) travel in query strings: a log line never shows them. */
export const redactTokens = (url: string): string =>
  url.replace(/([?&](?:token|access_token)=)[^&#]*/gi, '$1[redacted]');

/**
 * One line per request at the `http` level, as strapi::logger writes it (which this replaces in
 * config/middlewares.ts), with link tokens redacted: request logs are read by more people than
 * the person a link was sent to.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { method: string; url: string; status: number }, next: () => Promise<void>) => {
    const started = Date.now();
    await next();
    const took = Math.ceil(Date.now() - started);
    strapi.log.http(`${ctx.method} ${redactTokens(ctx.url)} (${took} ms) ${ctx.status}`);
  };
