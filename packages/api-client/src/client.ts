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
  /** The HTTP client: the global fetch unless told (a server may give a lighter one). */
  fetch?: GraphQLFetch;
  /**
   * GraphQL request extensions sent with every request, e.g. `{ localeFallback: true }`: each
   * document in the asked locale, else in another (see docs/api.md).
   */
  extensions?: Record<string, unknown>;
}

/**
 * What the client asks of an HTTP client: `fetch` does it, and so can a thinner one on a server
 * (web/server/utils/cms-http.ts), as long as it honours the signal (the client's timeout).
 */
export type GraphQLFetch = (
  url: string,
  init: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: string;
    signal: AbortSignal;
  },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

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

/** Longest GET URL the client sends; a longer request (large variables) goes by POST. */
const MAX_GET_URL_LENGTH = 8000;

const sha256Hashes = new Map<string, Promise<string>>();

/** The document's SHA-256 (hex), the key of Apollo's automatic persisted queries. */
function sha256Hex(text: string): Promise<string> {
  let hash = sha256Hashes.get(text);
  if (!hash) {
    hash = crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(text))
      .then((digest) =>
        Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(''),
      );
    sha256Hashes.set(text, hash);
  }
  return hash;
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLErrorItem[];
}

/**
 * A minimal typed client. Queries go by GET with Apollo's automatic persisted queries: the first
 * request sends only the document's hash (a short URL that HTTP caches can keep), and the full
 * text only once, if the server does not know the hash yet. Mutations, and queries whose URL
 * would be too long, go by POST.
 */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const doFetch = options.fetch ?? fetch;
  const headers = {
    accept: 'application/json',
    // Apollo's CSRF prevention accepts GET requests that carry this header.
    'apollo-require-preflight': 'true',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };

  const send = async (
    init: Omit<Parameters<GraphQLFetch>[1], 'signal'>,
    url = options.endpoint,
  ) => {
    let response: Awaited<ReturnType<GraphQLFetch>>;
    try {
      response = await doFetch(url, {
        ...init,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new GraphQLRequestError(
        `GraphQL endpoint unreachable: ${(error as Error).message}`,
        undefined,
      );
    }
    const body = (await response.json().catch(() => null)) as GraphQLBody | null;
    return { response, body };
  };

  const post = (query: string, variables: unknown) =>
    send({
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, extensions: options.extensions }),
    });

  const getPersisted = async (query: string, variables: unknown, withText: boolean) => {
    const persistedQuery = { version: 1, sha256Hash: await sha256Hex(query) };
    const url = new URL(options.endpoint);
    if (withText) url.searchParams.set('query', query);
    url.searchParams.set('variables', JSON.stringify(variables ?? {}));
    url.searchParams.set('extensions', JSON.stringify({ ...options.extensions, persistedQuery }));
    if (url.href.length > MAX_GET_URL_LENGTH) return post(query, variables);
    return send({ method: 'GET', headers }, url.href);
  };

  const isUnknownHash = (body: GraphQLBody | null) =>
    body?.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;

  return async <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> => {
    const query = document.toString();
    const isQuery = !/^\s*mutation\b/m.test(query);
    let { response, body } = isQuery
      ? await getPersisted(query, variables, false)
      : await post(query, variables);
    if (isQuery && isUnknownHash(body))
      ({ response, body } = await getPersisted(query, variables, true));
    if (!response.ok || !body || body.errors?.length) {
      const errors = body?.errors ?? [];
      const message = errors[0]?.message ?? `HTTP ${response.status}`;
      throw new GraphQLRequestError(`GraphQL request failed: ${message}`, response.status, errors);
    }
    return body.data as TResult;
  };
}
