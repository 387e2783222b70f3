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
import { afterDocumentWrite } from '../../database/after-document-write';
import { redisKey, sharedRedis } from '../../utils/redis';
import { asksLocaleFallback } from './locale-fallback';

/**
 * Anonymous GraphQL answers are kept (Apollo's response cache) for GRAPHQL_CACHE_TTL seconds, and
 * dropped as soon as an editor changes public content: partner sites and our own site ask the same
 * questions again and again. Requests with a token are never cached (a full-access token sees
 * drafts). In this process's memory by default; with REDIS_URL in Redis, one cache for every CMS
 * replica, emptied for all of them by the replica that saw the change. Redis errors are misses.
 *
 * Every key carries the cache's generation, read when the request starts, and a purge moves to the
 * next one: an answer computed from content read before a publish, and finished after its purge,
 * is stored under the old generation, where nobody looks any more (it would otherwise be served,
 * stale, for the whole TTL).
 */
interface PublicResponseStore {
  cache: KeyValueCache<string>;
  generation(): Promise<string>;
  clear(): Promise<void>;
}
let store: PublicResponseStore | undefined;
function publicResponses(): PublicResponseStore {
  if (!store) {
    const redis = sharedRedis();
    if (redis) {
      const keyv = new Keyv<string>({
        store: new KeyvRedis(redis),
        namespace: redisKey('graphql'),
      });
      keyv.on('error', () => undefined); // reported by the shared connection already
      const generationKey = redisKey('graphql-generation');
      store = {
        cache: new ErrorsAreMissesCache(new KeyvAdapter(keyv)),
        generation: async () => (await redis.get(generationKey).catch(() => null)) ?? '0',
        clear: async () => {
          await redis.incr(generationKey).catch(() => undefined);
          await keyv.clear().catch(() => undefined);
        },
      };
    } else {
      const memory = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
      let generation = 0;
      store = {
        cache: memory,
        generation: async () => String(generation),
        clear: async () => {
          generation += 1;
          memory.clear();
        },
      };
    }
  }
  return store;
}

/**
 * The current generation of public answers: it changes whenever public content changes, on every
 * replica. Caches of public answers keep them under it (middlewares/graphql-answer-cache.ts).
 */
export const publicResponsesGeneration = (): Promise<string> => publicResponses().generation();

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
      // Read once, when the request looks in the cache; its answer is written under the same key.
      // Locale fallback (a request extension, not a variable) changes the answer: it is in the key.
      extraCacheKeyData: async ({ request }) => ({
        generation: await publicResponses().generation(),
        localeFallback: asksLocaleFallback(request.extensions),
      }),
    }),
  ];
}

const MEDIA_EVENTS = ['media.create', 'media.update', 'media.delete'];

/**
 * Empties the cache whenever public content or media change (private data changes do not): a
 * document write empties it before the action returns, so a read right after a publish never gets
 * the old answer from the cache.
 */
export function flushGraphQLCacheOnContentChange(strapi: Core.Strapi): void {
  afterDocumentWrite(strapi, new Set<string>(PUBLIC_CONTENT_TYPES), () =>
    publicResponses().clear(),
  );
  for (const event of MEDIA_EVENTS) strapi.eventHub.on(event, () => publicResponses().clear());
}
