import {
  createGraphQLClient,
  type GraphQLClient,
  type TypedDocumentString,
} from '@mdle/api-client';
import { fallbackOrder, runWithLocaleFallback, type Variables } from './locale-fallback';

let cached: { key: string; client: GraphQLClient } | undefined;

const clientFor = (cmsUrl: string, token: string | undefined) =>
  createGraphQLClient({ endpoint: new URL('/graphql', cmsUrl).toString(), token });

/**
 * The site's one GraphQL fetcher. It runs on the server only, with the CMS URL and read token from
 * runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN), so neither ever reaches the browser. A preview
 * reads with its own token instead (utils/preview.ts): the CMS then answers with its version.
 */
export function useCmsClient(previewToken?: string): GraphQLClient {
  const { cmsUrl, cmsToken } = useRuntimeConfig();
  if (previewToken) return clientFor(cmsUrl, previewToken);
  const key = `${cmsUrl}|${cmsToken}`;
  if (cached?.key !== key) cached = { key, client: clientFor(cmsUrl, cmsToken || undefined) };
  return cached.client;
}

/**
 * Runs a typed document; with a site `locale` variable, content missing in that language comes
 * in another one (see locale-fallback), so a page is never empty or a 404 for want of translation.
 */
export async function queryCms<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  previewToken?: string,
): Promise<TResult> {
  const client = useCmsClient(previewToken);
  const locale = (variables as { locale?: unknown }).locale;
  if (!isSiteLocale(locale)) return client(document, variables);
  const result = await runWithLocaleFallback(
    (localized) => client(document, localized as TVariables) as Promise<Record<string, unknown>>,
    document.toString(),
    variables as Variables,
    fallbackOrder(
      locale,
      SITE_LOCALES.map((entry) => entry.code),
    ),
  );
  return result as TResult;
}
