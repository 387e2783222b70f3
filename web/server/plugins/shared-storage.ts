import lruCacheDriver from 'unstorage/drivers/lru-cache';
import nullDriver from 'unstorage/drivers/null';
import redisDriver from 'unstorage/drivers/redis';

/** Seconds an unvisited page stays in Redis (re-rendered pages are written again, with a new TTL). */
const REDIS_ENTRY_SECONDS = 24 * 60 * 60;
/** Form answers waiting for their page (server/utils/form-answer.ts): a bound on memory. */
const FLASH_MAX_ENTRIES = 10_000;

/**
 * Where the site keeps what outlives a request.
 * - `cache`, the page cache (route rules' `swr`). Embedded default: an in-memory LRU with a byte
 *   budget (NUXT_PAGE_CACHE_MEGABYTES), so that however many distinct URLs are asked for, the
 *   server's memory stays bounded. Entries are kept parsed, so a cache hit does not parse its
 *   page again (see utils/parsed-lru-driver.ts). NUXT_PAGE_CACHE_MEGABYTES=0 switches it off,
 *   Redis or not: every request renders (a CDN caching in front, or measuring renders).
 * - `form-answers`, the flashes a plain form post leaves for its answer page: an LRU with a TTL.
 * With REDIS_URL (the stack's one switch, also read by the CMS; NUXT_REDIS_URL for the site
 * alone), both live in Redis, with the same keys and a TTL, shared by every replica: a page
 * rendered by one replica is served by all, a publish purge (api/revalidate) empties it for all,
 * and a form answered by one replica is shown by whichever serves the answer page.
 */
export default defineNitroPlugin(() => {
  const { pageCacheMegabytes, redisUrl, redisPrefix } = useRuntimeConfig();
  const url = redisUrl || process.env.REDIS_URL;
  // Redis down: a request waits for one reconnection at most, then renders uncached.
  const inRedis = (name: string, ttl: number) =>
    redisDriver({ url, base: `${redisPrefix}:${name}`, ttl, maxRetriesPerRequest: 1 });
  const storage = useStorage();
  const pageCacheBytes = Number(pageCacheMegabytes) * 1024 * 1024;
  storage.mount(
    'cache',
    pageCacheBytes <= 0
      ? nullDriver()
      : url
        ? inRedis('cache', REDIS_ENTRY_SECONDS)
        : parsedLruDriver({ maxBytes: pageCacheBytes }),
  );
  storage.mount(
    FLASH_STORAGE,
    url
      ? inRedis(FLASH_STORAGE, FLASH_SECONDS)
      : lruCacheDriver({ max: FLASH_MAX_ENTRIES, ttl: FLASH_SECONDS * 1000 }),
  );
});
