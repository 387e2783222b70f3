import type { Core } from '@strapi/strapi';
import { apolloHardening, GRAPHQL_LIMITS } from '../src/extensions/graphql/limits';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  graphql: {
    config: {
      endpoint: '/graphql',
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
        ...apolloHardening(),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: ['image/*', 'application/pdf'],
        deniedTypes: ['image/svg+xml'],
      },
    },
  },
});

export default config;
