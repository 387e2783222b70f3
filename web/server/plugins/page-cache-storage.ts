import redisDriver from 'unstorage/drivers/redis';

/** Seconds an unvisited page stays in Redis (re-rendered pages are written again, with a new TTL). */
const REDIS_ENTRY_SECONDS = 24 * 60 * 60;

/**
 * Where the page cache (route rules' `swr`) keeps rendered pages and API answers.
 * - Embedded default: an in-memory LRU with a byte budget (NUXT_PAGE_CACHE_MEGABYTES), so that
 *   however many distinct URLs are asked for, the server's memory stays bounded. Entries are kept
 *   parsed, so a cache hit does not parse its page again (see utils/parsed-lru-driver.ts).
 * - With REDIS_URL (the stack's one switch, also read by the CMS; NUXT_REDIS_URL for the site
 *   alone): Redis, shared by every replica, with the same keys and a TTL. A page rendered by one
 *   replica is served by all, and a publish purge (api/revalidate) empties it for all.
 */
export default defineNitroPlugin(() => {
  const { pageCacheMegabytes, redisUrl, redisPrefix } = useRuntimeConfig();
  const url = redisUrl || process.env.REDIS_URL;
  useStorage().mount(
    'cache',
    url
      ? redisDriver({
          url,
          base: `${redisPrefix}:cache`,
          ttl: REDIS_ENTRY_SECONDS,
          // Redis down: a request waits for one reconnection at most, then renders uncached.
          maxRetriesPerRequest: 1,
        })
      : parsedLruDriver({ maxBytes: Number(pageCacheMegabytes) * 1024 * 1024 }),
  );
});
