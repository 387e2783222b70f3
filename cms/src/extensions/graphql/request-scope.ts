import type { Core } from '@strapi/strapi';

/** Where the GraphQL API answers (the plugin's `endpoint` in config/plugins.ts). */
export const GRAPHQL_ENDPOINT = '/graphql';

const scopes = new WeakMap<object, Map<string, unknown>>();

/**
 * A Map that lives as long as the current GraphQL request (garbage-collected with it), for work
 * that the resolvers of one request would otherwise repeat for every row of a list. Undefined
 * outside GraphQL requests: REST, the admin and bootstrap code are left as they are.
 */
export function graphqlRequestScope(strapi: Core.Strapi): Map<string, unknown> | undefined {
  const request = strapi.requestContext.get() as { path?: string } | undefined;
  if (!request || request.path !== GRAPHQL_ENDPOINT) return undefined;
  let scope = scopes.get(request);
  if (!scope) scopes.set(request, (scope = new Map()));
  return scope;
}
