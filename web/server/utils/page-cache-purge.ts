/** Where Nitro keeps the pages and API answers cached by the `swr` route rules. */
const CACHED_RESPONSES = ['nitro:routes', 'nitro:handlers'];

/** Empties the page cache (shared by every replica with Redis) and this process's hot replays. */
export async function purgePageCache(): Promise<number> {
  const storage = useStorage('cache');
  let purged = 0;
  for (const base of CACHED_RESPONSES) {
    const keys = await storage.getKeys(base);
    await Promise.all(keys.map((key) => storage.removeItem(key)));
    purged += keys.length;
  }
  useHotResponses()?.clear();
  return purged;
}

let again: ReturnType<typeof setTimeout> | undefined;

/**
 * Purges once more, `seconds` after the last purge. A render that began before a publish read the
 * old content, and it stores its page when it ends, after the purge: without a second purge that
 * page would be served until it expires (10 minutes). Renders end within the CMS client's timeout
 * (NUXT_CMS_TIMEOUT_SECONDS, 10), hence the default NUXT_PAGE_CACHE_REPURGE_SECONDS=12.
 * Publishes in a row postpone it.
 */
export function purgePageCacheAgainLater(seconds: number): void {
  clearTimeout(again);
  if (seconds <= 0) return;
  again = setTimeout(() => {
    purgePageCache().catch((error: Error) =>
      console.error(`[page-cache] second purge failed: ${error.message}`),
    );
  }, seconds * 1000);
  again.unref();
}
