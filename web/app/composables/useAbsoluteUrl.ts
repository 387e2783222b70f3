/**
 * Absolute URLs for what search engines and social networks read (canonical and hreflang links,
 * JSON-LD ids, share images), on the site's address as the server was started with it
 * (NUXT_PUBLIC_SITE_URL). A path is appended to it as it is: pages render many of these, and
 * parsing each with `new URL` cost more than the rest of building them. A URL with its own origin
 * (an uploaded image) is resolved against it.
 */
export function useAbsoluteUrl() {
  const { siteUrl } = useRuntimeConfig().public;
  const origin = siteUrl.replace(/\/+$/, '');
  return (path: string) =>
    path.startsWith('/') ? origin + path : new URL(path, `${origin}/`).href;
}
