import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { redisKey, sharedRedis } from '../../../../../utils/redis';

/** The counters never refuse by themselves: the limit is compared at each call (see `take`). */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/**
 * "At most N attempts per key per window", counted by `rate-limiter-flexible`: in this process's
 * memory by default, atomically in Redis when REDIS_URL is set, so that every CMS replica counts
 * the same attempts (with memory as the fallback while Redis is unreachable).
 */
export class RateLimiter {
  private store: RateLimiterAbstract | undefined;
  private readonly name: string;
  private readonly limit: number | (() => number);
  private readonly windowMs: number;

  /** `limit` may be read afresh at each call (from the environment, say). */
  constructor(name: string, limit: number | (() => number), windowMs: number) {
    this.name = name;
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Counts one attempt; resolves to the seconds to wait when over the limit, else 0. */
  async take(key: string): Promise<number> {
    // Never refused by the counters themselves (UNLIMITED points): compared with the limit here.
    const counted = await this.counters().consume(key);
    const limit = typeof this.limit === 'function' ? this.limit() : this.limit;
    return counted.consumedPoints > limit ? Math.max(1, Math.ceil(counted.msBeforeNext / 1000)) : 0;
  }

  private counters(): RateLimiterAbstract {
    if (!this.store) {
      const options = {
        keyPrefix: redisKey(`rate:${this.name}`),
        points: UNLIMITED,
        duration: Math.ceil(this.windowMs / 1000),
      };
      const redis = sharedRedis();
      const memory = new RateLimiterMemory(options);
      this.store = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
        : memory;
    }
    return this.store;
  }
}
