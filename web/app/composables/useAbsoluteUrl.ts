/**
 * Absolute URLs of the site’s own paths (`/…`) for what search engines read (canonical and hreflang
 * links, JSON-LD ids), on the site's address as the server was started with it
 * (NUXT_PUBLIC_SITE_URL). The path is appended as it is: pages render many of these, and parsing
 * each with `new URL` cost more than the rest of building them. Uploaded files have their own
 * address (useMediaUrl).
 */
export function useAbsoluteUrl() {
  const { siteUrl } = useRuntimeConfig().public;
  const origin = siteUrl.replace(/\/+$/, '');
  return (path: string) => origin + path;
}
