import { operationName } from './client';
import * as generated from './generated/graphql';

type AnyDocument = generated.TypedDocumentString<unknown, unknown>;

/**
 * Every generated document by operation name. A server can execute operations by name from this
 * allow-list (like persisted queries) instead of accepting arbitrary GraphQL from browsers.
 */
export const operations: ReadonlyMap<string, AnyDocument> = new Map(
  Object.values(generated as Record<string, unknown>)
    .filter((value): value is AnyDocument => value instanceof generated.TypedDocumentString)
    // Fragments are documents too, but not operations one can run.
    .filter((document) => !document.toString().trimStart().startsWith('fragment'))
    .map((document) => [operationName(document), document]),
);
