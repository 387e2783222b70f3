import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // Loopback by default; containers set HOST=0.0.0.0.
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // Public URL of the CMS (used in admin links and absolute media URLs behind a proxy).
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('CMS_TRUST_PROXY', false) },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  http: {
    // A slow or stalled client cannot hold a connection for long.
    serverOptions: {
      requestTimeout: env.int('CMS_REQUEST_TIMEOUT_MS', 30_000),
      headersTimeout: 20_000,
    },
  },
  webhooks: {
    populateRelations: false,
  },
  logger: {
    // The daily update check is an outbound call: this project runs offline.
    updates: { enabled: false },
    startup: { enabled: env.bool('CMS_STARTUP_BANNER', false) },
    // One line per request is useful in development, a cost and noise in production.
    config: { level: env('LOG_LEVEL', '') || (env('NODE_ENV') === 'production' ? 'info' : 'http') },
  },
});

export default config;
