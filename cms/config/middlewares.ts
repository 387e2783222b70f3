import type { Core } from '@strapi/strapi';
import { objectStorage } from '../src/utils/object-storage';

/** The admin shows media from the object store (thumbnails, PDFs) when S3_* settings are given. */
function securityHeaders(): Core.Config.Middlewares[number] {
  const storage = objectStorage();
  if (!storage) return 'strapi::security';
  const media = new URL(storage.publicUrl).origin;
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', media],
          'media-src': ["'self'", 'data:', 'blob:', media],
        },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // strapi::logger's line, with link tokens redacted (src/middlewares/request-log.ts).
  'global::request-log',
  'strapi::errors',
  // ETag and 304 for public GraphQL answers (src/middlewares/graphql-conditional-get.ts), the
  // kept ones below included.
  'global::graphql-conditional-get',
  // Anonymous GraphQL GETs answered again from the bytes they were sent with, ahead of the rest
  // (src/middlewares/graphql-answer-cache.ts); off with GRAPHQL_CACHE_TTL=0, like Apollo's cache.
  {
    name: 'global::graphql-answer-cache',
    config: {
      seconds: env.int('GRAPHQL_CACHE_TTL', 60),
      megabytes: env.int('GRAPHQL_ANSWER_CACHE_MEGABYTES', 16),
    },
  },
  // GraphQL's JSON answers get an API's security headers, not a document's
  // (src/middlewares/graphql-api-headers.ts); kept answers above keep them.
  'global::graphql-api-headers',
  securityHeaders(),
  {
    name: 'strapi::cors',
    config: {
      // Comma-separated origins allowed to call the API from a browser; '*' only when asked for.
      origin: env.array('CORS_ORIGINS', ['http://localhost:3000', 'http://127.0.0.1:3000']),
    },
  },
  // No `X-Powered-By`: it names the software to attackers and serves no client (OWASP).
  'strapi::query',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
