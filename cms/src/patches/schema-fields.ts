import type { Core, Struct } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';
import { missingFunction } from './registry';

export interface ResolverConfig {
  auth?: unknown;
  policies?: unknown[];
  middlewares?: unknown[];
}

interface GeneratedExtension {
  resolvers?: Record<string, Record<string, unknown>>;
  resolversConfig?: Record<string, unknown>;
}

const generated = new WeakMap<Core.Strapi, GeneratedExtension>();

/**
 * Keeps the extension Strapi generates while it builds the schema (resolvers and resolver
 * configurations of every plugin and of `src/extensions`), so that schema hooks can tell which
 * fields someone has customised.
 */
export function trackGeneratedExtension(strapi: Core.Strapi): void {
  const extensionService = strapi.plugin('graphql').service('extension');
  if (generated.has(strapi)) return;
  generated.set(strapi, {});
  const generate = extensionService.generate.bind(extensionService);
  extensionService.generate = (options: Parameters<typeof generate>[0]) => {
    const extension = generate(options) as GeneratedExtension;
    generated.set(strapi, extension);
    return extension;
  };
}

/** The custom resolver and the resolver configuration given to "Type.field", if any. */
export function fieldCustomisation(
  strapi: Core.Strapi,
  typeName: string,
  fieldName: string,
): { resolver: unknown; config: ResolverConfig | undefined } {
  const { resolvers = {}, resolversConfig = {} } = generated.get(strapi) ?? {};
  // Strapi reads resolver configurations with lodash's `get`: "Type.field" as one key, or nested.
  const nested = resolversConfig[typeName] as Record<string, ResolverConfig> | undefined;
  return {
    resolver: resolvers[typeName]?.[fieldName],
    config: (resolversConfig[`${typeName}.${fieldName}`] ?? nested?.[fieldName]) as
      ResolverConfig | undefined,
  };
}

type Model = Struct.ContentTypeSchema | Struct.ComponentSchema;

/** Every content type and component, with the name of its GraphQL object type. */
export function schemaModels(strapi: Core.Strapi): Array<{ typeName: string; model: Model }> {
  const { naming } = strapi.plugin('graphql').service('utils');
  const models: Model[] = [
    ...Object.values(strapi.contentTypes),
    ...Object.values(strapi.components),
  ];
  return models.map((model) => ({
    typeName:
      model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model),
    model,
  }));
}

/** Runs `transform` on every schema the GraphQL plugin builds (those registered first run first). */
export function transformBuiltSchema(
  strapi: Core.Strapi,
  transform: (schema: GraphQLSchema) => GraphQLSchema,
): void {
  const contentApi = strapi.plugin('graphql').service('content-api');
  const buildSchema = contentApi.buildSchema as () => GraphQLSchema;
  contentApi.buildSchema = () => transform(buildSchema());
}

/** What the schema hooks above need from the GraphQL plugin, when something is missing. */
export function schemaHooksMismatch(strapi: Core.Strapi): string | undefined {
  const graphql = strapi.plugin('graphql');
  const { naming, attributes } = graphql.service('utils');
  return (
    missingFunction(graphql.service('content-api'), 'graphql content-api service', [
      'buildSchema',
    ]) ??
    missingFunction(graphql.service('extension'), 'graphql extension service', ['generate']) ??
    missingFunction(naming, 'graphql utils.naming', ['getTypeName', 'getComponentName']) ??
    missingFunction(attributes, 'graphql utils.attributes', ['isStrapiScalar', 'isEnumeration'])
  );
}
