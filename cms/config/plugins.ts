import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { previewStatusOnEveryField } from '../src/access/preview-reads';
import { graphqlHttpCaching } from '../src/extensions/graphql/http-caching';
import { apolloHardening, GRAPHQL_LIMITS } from '../src/extensions/graphql/limits';
import { localeFallbackRequests } from '../src/extensions/graphql/locale-fallback';
import { GRAPHQL_ENDPOINT } from '../src/extensions/graphql/request-scope';
import { graphqlResponseCache } from '../src/extensions/graphql/response-cache';
import { objectStorage } from '../src/utils/object-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const hardening = apolloHardening();
  const storage = objectStorage();
  return {
    // The network (contacts, deliveries, shared reports): a local plugin, loaded from the compiled
    // tree this config is part of (dist/ or the tests' dist-test/).
    network: { enabled: true, resolve: join(__dirname, '../src/plugins/network') },
    graphql: {
      config: {
        endpoint: GRAPHQL_ENDPOINT,
        shadowCRUD: true,
        // The Apollo sandbox loads scripts from a CDN: never in production, opt-in elsewhere.
        landingPage: env('NODE_ENV') !== 'production' && env.bool('GRAPHQL_SANDBOX', false),
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', GRAPHQL_LIMITS.depth),
        defaultLimit: GRAPHQL_LIMITS.defaultPageSize,
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', GRAPHQL_LIMITS.maxPageSize),
        v4CompatibilityMode: false,
        apolloServer: {
          // Partner sites discover the schema by introspection; private types are removed from it.
          introspection: true,
          ...hardening,
          plugins: [
            ...hardening.plugins,
            // Anonymous answers cached in memory, emptied on publish (0 turns it off).
            ...graphqlResponseCache(env.int('GRAPHQL_CACHE_TTL', 60)),
            // Anonymous GET answers may be kept by HTTP caches this long (0: never).
            graphqlHttpCaching(env.int('GRAPHQL_HTTP_MAX_AGE', 60)),
            // The site's previews read the version their token names, relations included.
            previewStatusOnEveryField(),
            // `extensions.localeFallback`: each document in the asked locale, else the default.
            localeFallbackRequests(),
          ],
        },
      },
    },
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: { httpOnly: true },
      },
    },
    // Mail goes through Strapi's email plugin and nodemailer: SMTP when SMTP_HOST is set; otherwise
    // nodemailer only renders the message and src/plugins/network/server/src/lib/mailer.ts writes it to the log.
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: env('SMTP_HOST')
          ? {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              auth: env('SMTP_USERNAME')
                ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') }
                : undefined,
            }
          : { jsonTransport: true },
        settings: {
          defaultFrom: env('EMAIL_FROM', 'MDLE network <network@mdle.localhost>'),
          defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'network@mdle.localhost')),
        },
      },
    },
    upload: {
      config: {
        // With S3_* settings media go to the object store, so every replica serves the same files.
        ...(storage && {
          provider: 'aws-s3',
          providerOptions: {
            baseUrl: storage.publicUrl,
            s3Options: {
              ...storage.client,
              // No ACL by default: the bucket's policy makes it readable (buckets created since
              // 2023 refuse ACLs). S3_MEDIA_ACL=public-read for stores that want one.
              params: { Bucket: storage.mediaBucket, ACL: env('S3_MEDIA_ACL') || undefined },
            },
          },
        }),
        security: {
          allowedTypes: ['image/*', 'application/pdf'],
          deniedTypes: ['image/svg+xml'],
        },
      },
    },
  };
};

export default config;
