import { canonicalSearch } from '#shared/utils/canonical-query';

/**
 * Page requests with query parameters a page does not read (utm tags, cache busters, junk) are
 * redirected to the canonical URL before the page cache sees them: they make no cache entry and
 * no request to the CMS (see shared/utils/canonical-query.ts).
 */
export default defineEventHandler((event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return;
  const queryStart = event.path.indexOf('?');
  if (queryStart === -1) return;
  const path = event.path.slice(0, queryStart);
  // `//host/…` would make the redirect leave the site: such paths are not pages anyway.
  if (!/^\/(?![/\\])/.test(path)) return;
  const { buildId } = useRuntimeConfig().app;
  const canonical = canonicalSearch(path, event.path.slice(queryStart + 1), buildId);
  if (canonical === undefined) return;
  return sendRedirect(event, canonical ? `${path}?${canonical}` : path, 301);
});
