import { Redis } from 'ioredis';

let shared: Redis | null | undefined;

/** A key (or channel) of this installation's CMS in Redis: under REDIS_PREFIX, `mdle:cms` by default. */
export const redisKey = (name: string): string =>
  `${process.env.REDIS_PREFIX || 'mdle:cms'}:${name}`;

/**
 * The CMS's Redis connection when REDIS_URL is set (the stack's one switch for shared state
 * between replicas), else null: everything stays in this process, as in the embedded default.
 */
export function sharedRedis(): Redis | null {
  if (shared === undefined) {
    const url = process.env.REDIS_URL;
    shared = url
      ? new Redis(url, {
          // Fail fast while Redis is away: callers fall back to this process's memory.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        })
      : null;
    shared?.on('error', (error: Error) => {
      console.warn(`[redis] ${error.message}`);
    });
  }
  return shared;
}

/**
 * Opens the connection at start (commands are not queued while it is away, so the first ones
 * would otherwise miss it); a Redis that does not answer within 5 s is reported, not fatal.
 */
export async function connectSharedRedis(log: { warn(message: string): void }): Promise<void> {
  const client = sharedRedis();
  if (!client || client.status === 'ready') return;
  const ready = new Promise<boolean>((resolve) => {
    client.once('ready', () => resolve(true));
    setTimeout(() => resolve(false), 5_000).unref();
  });
  if (!(await ready)) log.warn('[redis] not reachable yet: rate limits count in memory meanwhile');
}

/** Closes the connections (Strapi's destroy). */
export async function closeSharedRedis(): Promise<void> {
  for (const client of [shared, subscriber]) await client?.quit().catch(() => client.disconnect());
  shared = undefined;
  subscriber = undefined;
  listeners.clear();
}

let subscriber: Redis | undefined;
const listeners = new Map<string, Set<() => void>>();

/** Tells every CMS replica (this one included) that `name` happened; nothing without Redis. */
export function broadcast(name: string): void {
  void sharedRedis()
    ?.publish(redisKey(name), String(process.pid))
    .catch(() => undefined);
}

/** Runs `listener` whenever any replica broadcasts `name` (Redis pub/sub); nothing without Redis. */
export function onBroadcast(name: string, listener: () => void): void {
  const redis = sharedRedis();
  if (!redis) return;
  const channel = redisKey(name);
  if (!subscriber) {
    // A subscribed connection can do nothing else: a second one, opened on first use.
    subscriber = redis.duplicate({ enableOfflineQueue: true });
    subscriber.on('error', () => undefined);
    subscriber.on('message', (channel: string) => {
      for (const run of listeners.get(channel) ?? []) run();
    });
  }
  if (!listeners.has(channel)) {
    listeners.set(channel, new Set());
    void subscriber.subscribe(channel).catch(() => undefined);
  }
  listeners.get(channel)!.add(listener);
}
