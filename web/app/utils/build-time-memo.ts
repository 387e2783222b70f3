import { LRUCache } from 'lru-cache';

/**
 * A cache for answers the build fixes (the path of a route in a language, the text of a message),
 * kept from one request to the next: each replica works out the same ones. Bounded by `max`
 * entries; off on the dev server, where routes and messages change as files are edited.
 */
export function buildTimeMemo<T extends NonNullable<unknown>>(max: number) {
  const answers = new LRUCache<string, T>({ max });
  return (key: string, compute: () => T): T => {
    if (import.meta.dev) return compute();
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute();
      answers.set(key, answer);
    }
    return answer;
  };
}
