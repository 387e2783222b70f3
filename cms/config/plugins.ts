import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo sandbox loads scripts from a CDN: never in production, opt-in elsewhere.
      landingPage: env('NODE_ENV') !== 'production' && env.bool('GRAPHQL_SANDBOX', false),
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
      defaultLimit: 25,
      maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
      apolloServer: {
        // Partner sites discover the schema by introspection; private types are removed from it.
        introspection: true,
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
