import {
  createGraphQLClient,
  operationName,
  type GraphQLClient,
  type TypedDocumentString,
} from '@mdle/api-client';

let cached: { key: string; client: GraphQLClient } | undefined;

/**
 * Every request asks the CMS for locale fallback: an entry missing in the asked language comes in
 * the default one (else another), with its own `locale`, so a page is never empty or a 404 for
 * want of translation. The CMS filters, sorts and paginates both languages in one query.
 */
const clientFor = (cmsUrl: string, token: string | undefined, timeoutSeconds: number) =>
  createGraphQLClient({
    endpoint: new URL('/graphql', cmsUrl).toString(),
    token,
    timeoutMs: timeoutSeconds * 1000,
    extensions: { localeFallback: true },
    fetch: cmsHttp,
  });

/**
 * The site's one GraphQL fetcher. It runs on the server only, with the CMS URL and read token from
 * runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN), so neither ever reaches the browser. A preview
 * reads with its own token instead (utils/preview.ts): the CMS then answers with its version.
 */
export function useCmsClient(previewToken?: string): GraphQLClient {
  const { cmsUrl, cmsToken, cmsTimeoutSeconds } = useRuntimeConfig();
  const timeout = Number(cmsTimeoutSeconds);
  if (previewToken) return clientFor(cmsUrl, previewToken, timeout);
  const key = `${cmsUrl}|${cmsToken}|${timeout}`;
  if (cached?.key !== key) {
    cached = { key, client: clientFor(cmsUrl, cmsToken || undefined, timeout) };
  }
  return cached.client;
}

/** Public reads on their way to the CMS, by operation and variables (see queryCms). */
const pendingReads = new Map<string, Promise<unknown>>();

/**
 * Runs a typed document (with locale fallback, see clientFor). A public read asked again while
 * the same one is on its way joins it instead of sending a second request: a publication page and
 * its "Cite this" references ask for the same publication at once. Nothing is kept once answered.
 */
export function queryCms<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  previewToken?: string,
): Promise<TResult> {
  const run = () => useCmsClient(previewToken)(document, variables);
  if (previewToken || !isQuery(document)) return run();
  const key = `${operationName(document)}\n${JSON.stringify(variables)}`;
  const pending = pendingReads.get(key);
  if (pending) return pending as Promise<TResult>;
  const read = run().finally(() => pendingReads.delete(key));
  pendingReads.set(key, read);
  return read;
}

// A document's fragments may come before its operation.
const isQuery = (document: { toString(): string }) => /^\s*query\b/m.test(document.toString());
