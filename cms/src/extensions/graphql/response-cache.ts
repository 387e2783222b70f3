import type { Core } from '@strapi/strapi';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import {
  ErrorsAreMissesCache,
  InMemoryLRUCache,
  type KeyValueCache,
} from '@apollo/utils.keyvaluecache';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { PUBLIC_CONTENT_TYPES } from '../../access/content-visibility';
import { redisKey, sharedRedis } from '../../utils/redis';

/**
 * Anonymous GraphQL answers are kept (Apollo's response cache) for GRAPHQL_CACHE_TTL seconds, and
 * dropped as soon as an editor changes public content: partner sites and our own site ask the same
 * questions again and again. Requests with a token are never cached (a full-access token sees
 * drafts). In this process's memory by default; with REDIS_URL in Redis, one cache for every CMS
 * replica, emptied for all of them by the replica that saw the change. Redis errors are misses.
 */
let store: { cache: KeyValueCache<string>; clear(): Promise<void> } | undefined;
function publicResponses() {
  if (!store) {
    const redis = sharedRedis();
    if (redis) {
      const keyv = new Keyv<string>({
        store: new KeyvRedis(redis),
        namespace: redisKey('graphql'),
      });
      keyv.on('error', () => undefined); // reported by the shared connection already
      store = {
        cache: new ErrorsAreMissesCache(new KeyvAdapter(keyv)),
        clear: () => keyv.clear().catch(() => undefined),
      };
    } else {
      const memory = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
      store = { cache: memory, clear: async () => memory.clear() };
    }
  }
  return store;
}

const isAnonymous = async ({ request }: { request: { http?: { headers: Map<string, string> } } }) =>
  !request.http?.headers.get('authorization');

export function graphqlResponseCache(ttlSeconds: number) {
  // Apollo installs cache control by default, and it hooks into every field's resolution: with
  // no response cache, nothing reads its hints.
  if (ttlSeconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  return [
    // Public content may be cached for the TTL; HTTP caches are not told (we cannot purge them).
    ApolloServerPluginCacheControl({ defaultMaxAge: ttlSeconds, calculateHttpHeaders: false }),
    responseCachePlugin({
      cache: publicResponses().cache,
      shouldReadFromCache: isAnonymous,
      shouldWriteToCache: isAnonymous,
    }),
  ];
}

const CONTENT_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
];
const PUBLIC_UIDS = new Set<string>([...PUBLIC_CONTENT_TYPES]);

/** Empties the cache whenever public content or media change (private data changes do not). */
export function flushGraphQLCacheOnContentChange(strapi: Core.Strapi): void {
  for (const event of CONTENT_EVENTS) {
    strapi.eventHub.on(event, async (payload: { uid?: string } = {}) => {
      if (event.startsWith('media.') || PUBLIC_UIDS.has(payload.uid ?? '')) {
        await publicResponses().clear();
      }
    });
  }
}
