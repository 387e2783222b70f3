import type { TypedDocumentString } from './generated/graphql';

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL request that failed: HTTP error, network error or `errors` in the body. */
export class GraphQLRequestError extends Error {
  readonly status: number | undefined;
  readonly errors: GraphQLErrorItem[];

  constructor(message: string, status: number | undefined, errors: GraphQLErrorItem[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.status = status;
    this.errors = errors;
  }
}

export interface GraphQLClientOptions {
  /** Full URL of the GraphQL endpoint, e.g. https://cms.example.org/graphql */
  endpoint: string;
  /** Read API token; sent as a bearer token. Keep it server-side. */
  token?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type GraphQLClient = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

/** Reads the operation name of a document (`query Name(...)`), used to refer to it by name. */
export function operationName(document: { toString(): string }): string {
  const match = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document.toString());
  if (!match?.[1]) throw new Error('GraphQL document has no named operation');
  return match[1];
}

/** A minimal typed client: one POST per request, typed by the generated documents. */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const doFetch = options.fetch ?? fetch;
  return async <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> => {
    let response: Response;
    try {
      response = await doFetch(options.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new GraphQLRequestError(
        `GraphQL endpoint unreachable: ${(error as Error).message}`,
        undefined,
      );
    }
    const body = (await response.json().catch(() => null)) as {
      data?: unknown;
      errors?: GraphQLErrorItem[];
    } | null;
    if (!response.ok || !body || body.errors?.length) {
      const errors = body?.errors ?? [];
      const message = errors[0]?.message ?? `HTTP ${response.status}`;
      throw new GraphQLRequestError(`GraphQL request failed: ${message}`, response.status, errors);
    }
    return body.data as TResult;
  };
}
