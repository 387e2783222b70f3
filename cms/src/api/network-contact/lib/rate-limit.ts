/**
 * Fixed-window counters in memory: "at most N per key per window". Enough for one CMS process;
 * several processes each keep their own (document it, or move the counters to Redis).
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  private readonly limit: number | (() => number);
  private readonly windowMs: number;

  /** `limit` may be read afresh at each call (from the environment, say). */
  constructor(limit: number | (() => number), windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  take(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 10_000) this.prune(now);
      return 0;
    }
    entry.count += 1;
    const limit = typeof this.limit === 'function' ? this.limit() : this.limit;
    return entry.count > limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  private prune(now: number) {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}
