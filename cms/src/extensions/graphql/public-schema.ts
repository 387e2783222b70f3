import { filterSchema, pruneSchema } from '@graphql-tools/utils';
import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';
import { PUBLIC_CONTENT_TYPES } from '../../access/content-visibility';
import type { StrapiPatch } from '../../patches/registry';
import { schemaHooksMismatch, transformBuiltSchema } from '../../patches/schema-fields';

/** The only root fields of the public schema (each public type's queries, the locales, search). */
const PUBLIC_QUERY_FIELD =
  /^((publications?|events?|people|person|organisations?|topics?|newsArticles?|project|global|i18NLocales?)(_connection)?|search)$/;

/**
 * Shapes the public GraphQL schema: queries of public content only, no mutation, no user,
 * role, workflow or upload internals. Types reachable only from what is removed are pruned, so
 * introspection shows nothing of them either.
 */
function restrictPublicSchema(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  // Public content is readable by anyone, writable by no one over the public API.
  for (const uid of PUBLIC_CONTENT_TYPES) extension.shadowCRUD(uid).disableMutations();
  // Users, roles, workflows and upload internals keep their Strapi definitions (other plugins
  // build on them) but lose every root field below, and are then pruned from the schema.

  transformBuiltSchema(strapi, filterPublicSchema);
}

/**
 * Fields of public types that point back into Strapi internals: a file's `related` entries
 * (a union of every type, users and roles included) and storage details.
 */
const HIDDEN_FIELDS: Record<string, readonly string[]> = {
  UploadFile: ['related', 'provider', 'provider_metadata', 'hash', 'previewUrl'],
};

/**
 * Arguments that ask for unpublished content. Public requests are pinned to published rows
 * whatever they send (access/published-only.ts, access/published-rows.ts); without the arguments
 * the schema does not even offer drafts, and a query that asks for them is a clear 400.
 */
const DRAFT_ARGUMENTS = new Set(['status', 'publicationFilter', 'hasPublishedVersion']);

export function filterPublicSchema(schema: GraphQLSchema): GraphQLSchema {
  return pruneSchema(
    filterSchema({
      schema,
      rootFieldFilter: (operation, fieldName) =>
        operation === 'Query' && PUBLIC_QUERY_FIELD.test(fieldName),
      objectFieldFilter: (typeName, fieldName) => !HIDDEN_FIELDS[typeName]?.includes(fieldName),
      argumentFilter: (_typeName, _fieldName, argName) => !DRAFT_ARGUMENTS.has(argName ?? ''),
    }),
  );
}

export const publicSchemaPatch: StrapiPatch = {
  name: 'public-schema',
  kind: 'security',
  phase: 'register',
  replaces: "the GraphQL plugin's `content-api.buildSchema` (the built schema is filtered)",
  mismatch: schemaHooksMismatch,
  install: restrictPublicSchema,
};
