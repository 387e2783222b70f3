import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { graphqlRequestScope } from '../extensions/graphql/request-scope';
import {
  fieldCustomisation,
  schemaHooksMismatch,
  schemaModels,
  trackGeneratedExtension,
  transformBuiltSchema,
} from './schema-fields';
import { missingFunction, type StrapiPatch } from './registry';

/** What a relation resolver asked the database for: the same for every parent row. */
type RelationQuery = Record<string, unknown>;

type LoadRecorder = (uid: string, entity: unknown, field: string, params: unknown) => void;

/**
 * Set while the first row of a relation field runs Strapi's resolver; the repository's `load`
 * (see batched-relations.ts) reports the query that resolver ends with.
 */
export const relationLoadRecorder = new AsyncLocalStorage<LoadRecorder>();

type Shape = 'one' | 'list' | 'connection';

interface RelationField {
  uid: string;
  attribute: string;
  shape: Shape;
}

/**
 * Strapi resolves a relation field once per parent row, and each time runs the same chain before
 * the database load: the permission check of the relation's scope, a policy context, then the
 * arguments' transformation, validation and sanitization, and the publication status inherited
 * from the root query. None of it depends on the parent row: on a list of 20 publications with
 * their authors, it was most of the request's CPU after the root query.
 *
 * Within one GraphQL request, the first row of a relation field (for given arguments, under a
 * given root field) runs Strapi's resolver unchanged; the query it loads with is recorded, and the
 * other rows only run that load (batched into one database query). If the first row fails (access
 * refused, invalid arguments), the others run Strapi's resolver and fail the same way. Fields with
 * a custom resolver, policies or middlewares keep Strapi's resolver for every row; media and
 * polymorphic relations too.
 */
export function resolveRelationQueriesOncePerRequest(strapi: Core.Strapi): void {
  trackGeneratedExtension(strapi);
  transformBuiltSchema(strapi, (schema) => {
    for (const [path, relation] of relationFields(strapi)) {
      const [typeName = '', fieldName = ''] = path.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field?.resolve || !parentIndependent(strapi, typeName, fieldName)) continue;
      field.resolve = resolveOncePerRequest(strapi, path, relation, field.resolve);
      Object.defineProperty(field.resolve, ONCE_PER_REQUEST, { value: true });
    }
    return schema;
  });
}

// A registered symbol: tests load this module apart from the app's compiled copy.
const ONCE_PER_REQUEST = Symbol.for('mdle.graphql.relationQueryOncePerRequest');

/** Whether a field of a built schema resolves its relation query once per request (for tests). */
export const resolvesOncePerRequest = (resolve: unknown) =>
  typeof resolve === 'function' && ONCE_PER_REQUEST in resolve;

/** "Type.field" → the regular relation it resolves, for every content type and component. */
function relationFields(strapi: Core.Strapi): Map<string, RelationField> {
  const { isMorphRelation, isRelation } = strapi.plugin('graphql').service('utils').attributes;
  const fields = new Map<string, RelationField>();
  for (const { typeName, model } of schemaModels(strapi)) {
    for (const [attribute, definition] of Object.entries(model.attributes)) {
      if (!isRelation(definition) || isMorphRelation(definition)) continue;
      const relation = { uid: model.uid, attribute };
      const toMany = String((definition as { relation?: string }).relation).endsWith('Many');
      fields.set(`${typeName}.${attribute}`, { ...relation, shape: toMany ? 'list' : 'one' });
      if (toMany) {
        fields.set(`${typeName}.${attribute}_connection`, { ...relation, shape: 'connection' });
      }
    }
  }
  return fields;
}

/** Only an auth scope (which Strapi gives every relation) may be configured on the field. */
function parentIndependent(strapi: Core.Strapi, typeName: string, fieldName: string): boolean {
  const { resolver, config = {} } = fieldCustomisation(strapi, typeName, fieldName);
  return resolver === undefined && Object.keys(config).every((key) => key === 'auth');
}

function resolveOncePerRequest(
  strapi: Core.Strapi,
  path: string,
  { uid, attribute, shape }: RelationField,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return async (parent, args, context, info) => {
    const scope = graphqlRequestScope(strapi);
    if (!scope) return resolve(parent, args, context, info);
    const key = `relation-query|${path}|${rootFieldKey(info)}|${JSON.stringify(args)}`;
    const recorded = scope.get(key) as Recorded | undefined;
    if (!recorded) {
      const first = record(uid, attribute, parent, () => resolve(parent, args, context, info));
      scope.set(key, first);
      return first.result;
    }
    const query = await recorded.query;
    if (!query) return resolve(parent, args, context, info);
    const data = await strapi.db.query(uid as never).load(parent as never, attribute, query);
    if (shape === 'one') return data;
    if (shape === 'list') return data ?? [];
    // A connection carries the sanitized arguments, the same for every row.
    const { info: firstInfo } = (await recorded.result) as { info: unknown };
    return { nodes: data, info: firstInfo };
  };
}

interface Recorded {
  /** The query of the first row's load; undefined if its resolver never got that far. */
  query: Promise<RelationQuery | undefined>;
  result: Promise<unknown>;
}

function record(uid: string, attribute: string, parent: unknown, run: () => unknown): Recorded {
  let settle!: (query: RelationQuery | undefined) => void;
  const query = new Promise<RelationQuery | undefined>((resolve) => (settle = resolve));
  const recorder: LoadRecorder = (loadUid, entity, field, params) => {
    if (loadUid === uid && entity === parent && field === attribute) {
      settle(params as RelationQuery);
    }
  };
  const result = Promise.resolve(relationLoadRecorder.run(recorder, run));
  // Settling twice is a no-op: a row that failed before loading leaves `undefined`.
  void result.then(
    () => settle(undefined),
    () => settle(undefined),
  );
  return { query, result };
}

/** Strapi inherits the publication status of a relation from its root field, by response key. */
function rootFieldKey(info: GraphQLResolveInfo): string | number {
  let path = info.path;
  while (path.prev) path = path.prev;
  return path.key;
}

export const relationQueriesPatch: StrapiPatch = {
  name: 'relation-queries',
  kind: 'performance',
  phase: 'register',
  replaces: "the GraphQL plugin's `content-api.buildSchema` (relation field resolvers)",
  mismatch: (strapi) =>
    schemaHooksMismatch(strapi) ??
    missingFunction(
      strapi.plugin('graphql').service('utils').attributes,
      'graphql utils.attributes',
      ['isRelation', 'isMorphRelation'],
    ),
  install: resolveRelationQueriesOncePerRequest,
};
