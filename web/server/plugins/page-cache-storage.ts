/**
 * Where the page cache (route rules' `swr`) keeps rendered pages: an in-memory LRU with a byte
 * budget (NUXT_PAGE_CACHE_MEGABYTES), so that however many distinct URLs are asked for, the
 * least recently used pages make room and the server's memory stays bounded. Entries are kept
 * parsed, so a cache hit does not parse its page again (see utils/parsed-lru-driver.ts).
 */
export default defineNitroPlugin(() => {
  const { pageCacheMegabytes } = useRuntimeConfig();
  useStorage().mount(
    'cache',
    parsedLruDriver({ maxBytes: Number(pageCacheMegabytes) * 1024 * 1024 }),
  );
});
