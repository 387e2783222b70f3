import {
  createGraphQLClient,
  operationName,
  type GraphQLClient,
  type TypedDocumentString,
} from '@mdle/api-client';
import type { H3Event } from 'h3';

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

declare module 'h3' {
  interface H3EventContext {
    /** The public reads of this request, by operation and variables (see queryCms). */
    cmsReads?: Map<string, Promise<unknown>>;
  }
}

export interface CmsReadOptions {
  /** An editor's preview token: the read is the version the preview shows, never shared. */
  previewToken?: string;
  /** The request the read is for: a read it asks again gets the first answer. */
  event?: H3Event;
}

/**
 * Runs a typed document (with locale fallback, see clientFor). A public read asked again while
 * the same one is on its way joins it instead of sending a second request: a publication page and
 * its "Cite this" references ask for the same publication at once. Across requests nothing is kept
 * once answered; within one request (`event`), the answer is kept for the rest of its render, so
 * a read started early (plugins/early-reads.ts) serves the page that asks for it later.
 */
export function queryCms<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { previewToken, event }: CmsReadOptions = {},
): Promise<TResult> {
  const run = () => useCmsClient(previewToken)(document, variables);
  if (previewToken || !isQuery(document)) return run();
  const key = `${operationName(document)}\n${JSON.stringify(variables)}`;
  const requestReads = event ? (event.context.cmsReads ??= new Map()) : undefined;
  const asked = requestReads?.get(key) ?? pendingReads.get(key);
  if (asked) return asked as Promise<TResult>;
  const read = run().finally(() => pendingReads.delete(key));
  pendingReads.set(key, read);
  requestReads?.set(key, read);
  return read;
}

// A document's fragments may come before its operation.
const isQuery = (document: { toString(): string }) => /^\s*query\b/m.test(document.toString());
