import type { Core } from '@strapi/strapi';
import { graphqlRequestScope } from '../extensions/graphql/request-scope';
import { missingFunction, type StrapiPatch } from './registry';

type QueryCheck = (
  query: unknown,
  schema: { uid: string },
  options?: { auth?: unknown },
) => unknown;

/**
 * Strapi's relation resolvers validate and sanitize their arguments once per parent row: a list
 * of 20 publications checks the same `authors` arguments 20 times, walking the content type
 * each time. Within one GraphQL request, the same query for the same type with the request's
 * own credentials (and no other option) gives the same answer: it is computed once. Each caller
 * gets its own copy of the sanitized query, so nobody sees another's changes.
 */
export function checkGraphQLQueriesOncePerRequest(strapi: Core.Strapi): void {
  const { validate, sanitize } = strapi.contentAPI as unknown as Record<
    'validate' | 'sanitize',
    { query: QueryCheck }
  >;
  validate.query = memoize(strapi, 'validate', validate.query.bind(validate), (result) => result);
  sanitize.query = memoize(strapi, 'sanitize', sanitize.query.bind(sanitize), async (result) =>
    structuredClone(await result),
  );
}

function memoize(
  strapi: Core.Strapi,
  name: string,
  check: QueryCheck,
  share: (result: Promise<unknown>) => unknown,
): QueryCheck {
  return (query, schema, options) => {
    const scope = graphqlRequestScope(strapi);
    const request = strapi.requestContext.get() as { state?: { auth?: unknown } } | undefined;
    // Only what the key covers: the request's own credentials and nothing else in the options.
    const onlyOwnAuth =
      options?.auth === request?.state?.auth && Object.keys(options ?? {}).join() === 'auth';
    if (!scope || !onlyOwnAuth) return check(query, schema, options);
    const key = `${name}|${schema.uid}|${JSON.stringify(query)}`;
    let result = scope.get(key) as Promise<unknown> | undefined;
    if (!result) scope.set(key, (result = Promise.resolve(check(query, schema, options))));
    return share(result);
  };
}

export const queryChecksPatch: StrapiPatch = {
  name: 'query-checks',
  kind: 'performance',
  phase: 'register',
  replaces: '`strapi.contentAPI.validate.query` and `strapi.contentAPI.sanitize.query`',
  mismatch: (strapi) => {
    const api = strapi.contentAPI as unknown as Record<string, unknown>;
    return (
      missingFunction(api.validate, 'strapi.contentAPI.validate', ['query']) ??
      missingFunction(api.sanitize, 'strapi.contentAPI.sanitize', ['query'])
    );
  },
  install: checkGraphQLQueriesOncePerRequest,
};
