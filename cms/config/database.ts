import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { reusePreparedStatements } from '../src/patches/sqlite-statement-cache';

type DatabaseConfig = Core.Config.Database;

/**
 * SQLite by default (a file under cms/data/, git-ignored, survives restarts);
 * PostgreSQL when DATABASE_URL is set or DATABASE_CLIENT=postgres with its parts.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): DatabaseConfig => {
  const url = env('DATABASE_URL', '');
  const client = url ? 'postgres' : env('DATABASE_CLIENT', 'sqlite');
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) && {
      ca: env('DATABASE_SSL_CA', undefined),
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
    };
    return {
      connection: {
        client: 'postgres',
        connection: {
          // pg lets a connection string win over the separate parts.
          connectionString: url || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'mdle'),
          user: env('DATABASE_USERNAME', 'mdle'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(
      `Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`,
    );
  }

  // An empty DATABASE_FILENAME would make SQLite fail with "unable to open database file".
  const filename = env('DATABASE_FILENAME', '') || 'data/cms.sqlite';
  const appDir = path.resolve(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appDir, filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout,
      pool: { afterCreate: reusePreparedStatements },
    },
  };
};

export default config;
