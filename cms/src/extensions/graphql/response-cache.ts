import type { Core } from '@strapi/strapi';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { PUBLIC_CONTENT_TYPES } from '../../access/content-visibility';

/**
 * Anonymous GraphQL answers are kept in memory (Apollo's response cache) for GRAPHQL_CACHE_TTL
 * seconds, and dropped as soon as an editor changes public content: partner sites and our own
 * site ask the same questions again and again. Requests with a token are never cached (a
 * full-access token sees drafts). One cache per CMS process.
 */
const publicResponses = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });

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
      cache: publicResponses,
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
        publicResponses.clear();
      }
    });
  }
}
