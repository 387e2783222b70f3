import { createGraphQLClient, type GraphQLClient } from '@mdle/api-client';

let cached: { key: string; client: GraphQLClient } | undefined;

/**
 * The site's one GraphQL fetcher. It runs on the server only, with the CMS URL and read token from
 * runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN), so neither ever reaches the browser.
 */
export function useCmsClient(): GraphQLClient {
  const { cmsUrl, cmsToken } = useRuntimeConfig();
  const key = `${cmsUrl}|${cmsToken}`;
  if (cached?.key !== key) {
    cached = {
      key,
      client: createGraphQLClient({
        endpoint: new URL('/graphql', cmsUrl).toString(),
        token: cmsToken || undefined,
      }),
    };
  }
  return cached.client;
}
