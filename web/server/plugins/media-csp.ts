/**
 * Uploaded images come from the media origin (the CMS, a bucket or a CDN: NUXT_PUBLIC_MEDIA_URL),
 * which is known only at run time, while the CSP is built with the site: nuxt-security's runtime
 * hook adds that origin to img-src, and nothing else.
 */
export default defineNitroPlugin((nitroApp) => {
  const { mediaUrl } = useRuntimeConfig().public;
  const origin = URL.canParse(mediaUrl) ? new URL(mediaUrl).origin : null;
  if (!origin) return;
  nitroApp.hooks.hook('nuxt-security:routeRules', (routeRules) => {
    for (const rule of Object.values(routeRules)) {
      const policy = rule?.headers && rule.headers.contentSecurityPolicy;
      if (!policy || typeof policy !== 'object') continue;
      const images = policy['img-src'];
      if (Array.isArray(images) && !images.includes(origin))
        policy['img-src'] = [...images, origin];
    }
  });
});
