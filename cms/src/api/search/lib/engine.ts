import type { Core } from '@strapi/strapi';
import type { SearchIndex } from './index';
import { postgresSearchIndex } from './postgres-index';
import { sqliteSearchIndex } from './sqlite-index';

/** The search index of the database Strapi runs on. */
export const searchIndexOf = (db: Core.Strapi['db']): SearchIndex =>
  db.dialect.client === 'postgres'
    ? postgresSearchIndex(db.connection)
    : sqliteSearchIndex(db.connection);
