import { destr } from 'destr';
import { LRUCache } from 'lru-cache';
import { defineDriver } from 'unstorage';

export interface ParsedLruOptions {
  /** Memory budget: entries are counted by their serialised length. */
  maxBytes: number;
}

/**
 * An in-memory LRU storage driver that parses each value once, when it is written. unstorage
 * serialises values to strings on write and parses them on every read; for the page cache a
 * read is a page view, and parsing a 10–20 kB entry (scanned for prototype pollution as well)
 * was a large part of a cache hit. Values handed out are the parsed ones, which unstorage's own
 * parse leaves as they are; they are shared, so callers must not rely on changing them.
 */
export const parsedLruDriver = defineDriver((options: ParsedLruOptions) => {
  const cache = new LRUCache<string, NonNullable<unknown>>({
    maxSize: options.maxBytes,
    max: 100_000,
  });
  return {
    name: 'parsed-lru',
    options,
    hasItem: (key: string) => cache.has(key),
    getItem: (key: string) => cache.get(key) ?? null,
    setItem(key: string, value: string) {
      const parsed = destr<unknown>(value);
      cache.set(key, parsed ?? value, { size: key.length + value.length });
    },
    removeItem(key: string) {
      cache.delete(key);
    },
    getKeys: () => [...cache.keys()],
    clear() {
      cache.clear();
    },
    dispose() {
      cache.clear();
    },
  };
});
