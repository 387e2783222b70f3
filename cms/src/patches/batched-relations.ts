import DataLoader from 'dataloader';
import type { Core } from '@strapi/strapi';
import { relationLoadRecorder } from './relation-queries';
import { graphqlRequestScope } from '../extensions/graphql/request-scope';
import { missingFunction, type StrapiPatch } from './registry';

type Row = { id: number } & Record<string, unknown>;
type LoadParams = Record<string, unknown> & { limit?: number; offset?: number };
type Repository = {
  load(entity: Row, field: string, params?: LoadParams): Promise<unknown>;
  findMany(params: Record<string, unknown>): Promise<Row[]>;
};

/**
 * Strapi's GraphQL resolvers load each relation once per parent row (`db.query(uid).load`), so a
 * list of 50 publications with their authors costs 50 extra queries. During GraphQL requests this
 * batches those loads with a DataLoader: one query for all parents of a list, whatever its size.
 * Relation pagination is applied per parent after loading, as Strapi would.
 */
export function batchGraphQLRelationLoads(strapi: Core.Strapi): void {
  const query = strapi.db.query.bind(strapi.db) as (uid: string) => Repository;
  // Strapi keeps one repository per model: each is given the batching `load` once, not per call.
  const batched = new WeakSet<Repository>();

  (strapi.db as unknown as { query: typeof query }).query = (uid: string) => {
    const repository = query(uid);
    if (!batched.has(repository)) {
      batchLoads(strapi, uid, repository);
      batched.add(repository);
    }
    return repository;
  };
}

function batchLoads(strapi: Core.Strapi, uid: string, repository: Repository): void {
  const load = repository.load.bind(repository);
  repository.load = (entity, field, params = {}) => {
    const scope = graphqlRequestScope(strapi);
    if (!scope || typeof entity?.id !== 'number') return load(entity, field, params);
    relationLoadRecorder.getStore()?.(uid, entity, field, params);
    return loaderFor(scope, uid, field, params, repository).load(entity);
  };
}

function loaderFor(
  scope: Map<string, unknown>,
  uid: string,
  field: string,
  params: LoadParams,
  repository: Repository,
): DataLoader<Row, unknown, number> {
  const key = `relation|${uid}|${field}|${JSON.stringify(params)}`;
  let loader = scope.get(key) as DataLoader<Row, unknown, number> | undefined;
  if (!loader) {
    loader = new DataLoader<Row, unknown, number>(
      (parents) => loadForParents(repository, parents, field, params),
      {
        cacheKeyFn: (parent) => parent.id,
      },
    );
    scope.set(key, loader);
  }
  return loader;
}

async function loadForParents(
  repository: Repository,
  parents: readonly Row[],
  field: string,
  params: LoadParams,
): Promise<unknown[]> {
  // Populating with a limit makes Strapi query once per parent: page in memory instead.
  const { limit, offset = 0, ...populate } = params;
  const rows = await repository.findMany({
    where: { id: { $in: parents.map((parent) => parent.id) } },
    select: ['id'],
    populate: { [field]: populate },
  });
  const byId = new Map(rows.map((row) => [row.id, row[field]]));
  return parents.map((parent) => {
    const value = byId.get(parent.id);
    if (Array.isArray(value))
      return value.slice(offset, limit === undefined ? undefined : offset + limit);
    return value ?? null;
  });
}

export const batchedRelationsPatch: StrapiPatch = {
  name: 'batched-relations',
  kind: 'performance',
  phase: 'bootstrap',
  replaces: "`strapi.db.query(uid)` and each repository's `load`",
  mismatch: (strapi) =>
    missingFunction(strapi.db, 'strapi.db', ['query']) ??
    missingFunction(strapi.db.query('api::topic.topic' as never), 'a repository', [
      'load',
      'findMany',
    ]),
  install: batchGraphQLRelationLoads,
};
