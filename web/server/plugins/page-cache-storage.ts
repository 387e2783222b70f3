import lruCacheDriver from 'unstorage/drivers/lru-cache';

/**
 * Where the page cache (route rules' `swr`) keeps rendered pages: an LRU store with a byte budget
 * (NUXT_PAGE_CACHE_MEGABYTES), so that however many distinct URLs are asked for, the oldest pages
 * make room and the server's memory stays bounded.
 */
export default defineNitroPlugin(() => {
  const { pageCacheMegabytes } = useRuntimeConfig();
  useStorage().mount(
    'cache',
    lruCacheDriver({ maxSize: Number(pageCacheMegabytes) * 1024 * 1024, max: 100_000 }),
  );
});
