import type { H3Event } from 'h3';

/**
 * useAsyncData for one of the site's own reads (shared/types/site-reads.ts): while the page
 * renders on the server it is answered in-process, in the browser it is fetched over HTTP. The
 * same read, and the same errors, either way.
 */
export function useSiteRead<T>(
  key: () => string,
  request: () => { path: string; query?: Record<string, string> },
  readOnServer: (reads: SiteReads, event: H3Event) => Promise<unknown>,
) {
  const event = useRequestEvent();
  const reads = event?.context.siteReads;
  return useAsyncData<T>(
    key,
    () => {
      if (event && reads) return readOnServer(reads, event) as Promise<T>;
      const { path, query } = request();
      return $fetch<T>(path, { query });
    },
    // The same read asked again while on its way (header and footer both read the site
    // settings) joins it: cancelling it would create an AbortError and run the read twice.
    { dedupe: 'defer' },
  );
}
