import type { Core } from '@strapi/strapi';
import { isObjectType } from 'graphql';
import {
  fieldCustomisation,
  schemaHooksMismatch,
  schemaModels,
  trackGeneratedExtension,
  transformBuiltSchema,
} from './schema-fields';
import type { StrapiPatch } from './registry';

/**
 * Strapi wraps every field resolver of its schema, plain properties such as `title` included, in
 * an async chain: auth check, middlewares, and a policy context built even when there is no
 * policy. A list of 20 publications pays for it about 150 times per request, a fifth of the
 * request's CPU in profiles.
 *
 * Scalar and enumeration attributes (and ids) of content types and components get no resolver
 * from Strapi's type builder: they read a property of an entry that the parent resolver already
 * loaded and checked. Unless the GraphQL extension gives one of them a resolver or a resolver
 * configuration (auth, policies, middlewares), this hands them back to graphql's default,
 * synchronous resolver. Relations, media, components and root queries keep Strapi's wrapper.
 */
export function usePlainFieldResolvers(strapi: Core.Strapi): void {
  trackGeneratedExtension(strapi);
  transformBuiltSchema(strapi, (schema) => {
    for (const [typeName, fieldNames] of plainFields(strapi)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      for (const name of fieldNames) {
        const { resolver, config } = fieldCustomisation(strapi, typeName, name);
        if (fields[name] && resolver === undefined && config === undefined) {
          fields[name].resolve = undefined;
        }
      }
    }
    return schema;
  });
}

/** GraphQL type name → its scalar and enumeration fields, for every content type and component. */
function plainFields(strapi: Core.Strapi): Map<string, string[]> {
  const { attributes } = strapi.plugin('graphql').service('utils');
  return new Map(
    schemaModels(strapi).map(({ typeName, model }) => [
      typeName,
      [
        'id',
        'documentId',
        ...Object.entries(model.attributes)
          .filter(
            ([, attribute]) =>
              attributes.isStrapiScalar(attribute) || attributes.isEnumeration(attribute),
          )
          .map(([name]) => name),
      ],
    ]),
  );
}

export const plainFieldsPatch: StrapiPatch = {
  name: 'plain-fields',
  kind: 'performance',
  phase: 'register',
  replaces: "the GraphQL plugin's `content-api.buildSchema` (field resolvers of the built schema)",
  mismatch: schemaHooksMismatch,
  install: usePlainFieldResolvers,
};
