import publicContentTypes from '@mdle/api-client/public-content-types.json';
import { timingSafeEqual } from 'node:crypto';

/** CMS models the site shows: changes to anything else (e.g. private data) keep the cache. */
const SITE_MODELS = new Set([
  ...publicContentTypes.collectionTypes,
  ...publicContentTypes.singleTypes,
  'plugin::upload.file',
]);

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Called by the CMS webhook when an editor publishes, unpublishes or deletes content: empties the
 * page cache so visitors see the change at once, and once more a little later for the pages whose
 * render was under way (utils/page-cache-purge.ts). Authenticated by a shared bearer secret.
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event);
  if (!revalidateSecret) {
    throw createError({ statusCode: 503, statusMessage: 'Cache purge is not configured' });
  }
  const given = (getHeader(event, 'authorization') ?? '').replace(/^Bearer\s+/i, '');
  if (!given || !sameSecret(given, revalidateSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid or missing purge secret' });
  }
  // Strapi's webhook body names the changed model; a call without one purges everything.
  const body = (await readBody(event).catch(() => null)) as { uid?: unknown } | null;
  if (typeof body?.uid === 'string' && !SITE_MODELS.has(body.uid)) {
    return { purged: 0, ignored: body.uid };
  }
  const purged = await purgePageCache();
  purgePageCacheAgainLater(Number(useRuntimeConfig(event).pageCacheRepurgeSeconds));
  return { purged };
});
