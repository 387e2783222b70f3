import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

/** Limits every public GraphQL request must stay within. Tuned for the site's and partners' queries. */
export const GRAPHQL_LIMITS = {
  /** Nesting depth (enforced by Strapi's own depth rule, configured in config/plugins.ts). */
  depth: 10,
  /** Items per page; larger requests are capped by Strapi. */
  maxPageSize: 100,
  defaultPageSize: 25,
  /** Static cost of a query (fields weighted by depth). */
  maxCost: 500,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  /** Largest accepted request body. */
  maxBodySize: '64kb',
} as const;

/**
 * Apollo options added to Strapi's GraphQL server: cost, alias, directive and token caps
 * (graphql-armor), no batched requests, a small body limit, and no stack traces in responses.
 * Strapi concatenates these plugins and validation rules with its own.
 */
export function apolloHardening() {
  const armor = new ApolloArmor({
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    // Depth is Strapi's depthLimit; field suggestions are harmless for a public schema.
    maxDepth: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    plugins: protection.plugins.map(syntaxErrorsAsClientErrors),
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    bodyParserConfig: { jsonLimit: GRAPHQL_LIMITS.maxBodySize },
  };
}

/** What graphql-js and graphql-armor's parser say of a request they cannot read. */
const SYNTAX_ERROR = /^Syntax Error:/;

/**
 * graphql-armor parses each request with its own token-counting parser before Apollo does, and
 * reports what it cannot parse (a stray `{`, too many tokens) as an unexpected failure, which
 * Apollo answers with HTTP 500. A request that cannot be parsed is the client's mistake: 400, with
 * Apollo's own code for it, GRAPHQL_PARSE_FAILED.
 */
function syntaxErrorsAsClientErrors(plugin: ApolloServerPlugin): ApolloServerPlugin {
  if (!plugin.unexpectedErrorProcessingRequest) return plugin;
  const reportUnexpected = plugin.unexpectedErrorProcessingRequest.bind(plugin);
  return {
    ...plugin,
    async unexpectedErrorProcessingRequest(context) {
      if (SYNTAX_ERROR.test(context.error.message)) {
        throw new GraphQLError(context.error.message, {
          extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
        });
      }
      return reportUnexpected(context);
    },
  };
}
