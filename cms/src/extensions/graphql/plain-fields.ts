import type { Core } from '@strapi/strapi';
import { isObjectType, type GraphQLSchema } from 'graphql';

interface GeneratedExtension {
  resolvers?: Record<string, Record<string, unknown>>;
  resolversConfig?: Record<string, unknown>;
}

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
  const extensionService = strapi.plugin('graphql').service('extension');
  let extension: GeneratedExtension = {};
  const generate = extensionService.generate.bind(extensionService);
  extensionService.generate = (options: Parameters<typeof generate>[0]) =>
    (extension = generate(options));

  const contentApi = strapi.plugin('graphql').service('content-api');
  const buildSchema = contentApi.buildSchema as () => GraphQLSchema;
  contentApi.buildSchema = () => {
    const schema = buildSchema();
    for (const [typeName, fieldNames] of plainFields(strapi)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      for (const name of fieldNames) {
        if (fields[name] && !isCustomised(extension, `${typeName}.${name}`)) {
          fields[name].resolve = undefined;
        }
      }
    }
    return schema;
  };
}

/** GraphQL type name → its scalar and enumeration fields, for every content type and component. */
function plainFields(strapi: Core.Strapi): Map<string, string[]> {
  const { naming, attributes } = strapi.plugin('graphql').service('utils');
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)];
  return new Map(
    models.map((model) => [
      model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model),
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

function isCustomised({ resolvers = {}, resolversConfig = {} }: GeneratedExtension, path: string) {
  // Strapi reads both with lodash's `get`: "Type.field" as one key, or nested.
  const [type = '', field = ''] = path.split('.');
  const nested = resolversConfig[type] as Record<string, unknown> | undefined;
  return (
    resolvers[type]?.[field] !== undefined ||
    resolversConfig[path] !== undefined ||
    nested?.[field] !== undefined
  );
}
