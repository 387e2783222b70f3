import { Redis } from 'ioredis';

let shared: Redis | null | undefined;

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

/** Closes the connection (Strapi's destroy). */
export async function closeSharedRedis(): Promise<void> {
  const client = shared;
  shared = undefined;
  await client?.quit().catch(() => client.disconnect());
}
