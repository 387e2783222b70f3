import { DEFAULT_LOCALE, SITE_LOCALES } from './shared/utils/locales';

const siteUrl = process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';
/** Seconds a rendered page is served before it is re-rendered in the background. */
const PAGE_CACHE_SECONDS = 600;
const cachedPage = { swr: PAGE_CACHE_SECONDS };
// Pages are documents: plain HTML without the app's JavaScript. Links, the language switch, the
// GET filters, the forms (posted to server/api, answered on their answer pages) and print work as
// they are, and a phone on a slow network gets the page at once.
// `ssr: true` is Nuxt's default, said out loud: nuxt-site-config 4.2 reads a missing `ssr` rule
// as "no SSR" and then injects an inline script of its settings into every page.
const documentPage = { ...cachedPage, noScripts: true, ssr: true };

// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  // Ecosystem modules rather than hand-written code: URLs and alternates (sitemap), crawler rules
  // (robots) and security headers (CSP, frame, referrer…). Structured data (schema.org JSON-LD) is
  // app/composables/useStructuredData.ts.
  modules: ['@nuxtjs/i18n', '@nuxtjs/sitemap', '@nuxtjs/robots', 'nuxt-security'],

  // No outbound calls from builds or the dev server: this project runs offline.
  telemetry: false,
  devtools: { enabled: false },

  site: {
    url: siteUrl, // NUXT_SITE_URL at runtime
    name: 'Modernising Drug Law Enforcement',
    defaultLocale: DEFAULT_LOCALE,
  },

  runtimeConfig: {
    // Server-only: the browser never talks to the CMS nor sees its token.
    cmsUrl: 'http://127.0.0.1:1337', // NUXT_CMS_URL
    cmsToken: '', // NUXT_CMS_TOKEN (read-only API token, optional)
    // NUXT_CMS_TIMEOUT_SECONDS: a CMS read that takes longer fails, and its page answers 503.
    cmsTimeoutSeconds: 10,
    revalidateSecret: '', // NUXT_REVALIDATE_SECRET: shared with the CMS publish webhook
    previewSecret: '', // NUXT_PREVIEW_SECRET: checks the CMS's preview links (empty: no preview)
    trustedProxies: 'loopback', // NUXT_TRUSTED_PROXIES: whose X-Forwarded-For names the visitor
    pageCacheMegabytes: 64, // NUXT_PAGE_CACHE_MEGABYTES: memory budget of the page cache (LRU); 0: off
    // NUXT_PAGE_CACHE_REPURGE_SECONDS: a publish purges the cache, then again this much later, for
    // pages whose render was under way (server/utils/page-cache-purge.ts); 0: once only.
    pageCacheRepurgeSeconds: 12,
    // Shared page cache for replicas: REDIS_URL (or NUXT_REDIS_URL); keys under NUXT_REDIS_PREFIX.
    redisUrl: '',
    redisPrefix: 'mdle:site',
    // Finished cached answers replayed ahead of the app for a second (0 switches it off):
    // NUXT_HOT_RESPONSES_SECONDS, NUXT_HOT_RESPONSES_MEGABYTES. See server/plugins/hot-responses.ts.
    hotResponses: { seconds: 1, megabytes: 16 },
    public: {
      siteUrl, // NUXT_PUBLIC_SITE_URL
      mediaUrl: 'http://localhost:1337', // NUXT_PUBLIC_MEDIA_URL: where uploaded files are served
    },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'prefix_except_default',
    locales: SITE_LOCALES.map((entry) => ({ ...entry })),
    detectBrowserLanguage: false,
    // French URLs have French path segments, declared next to each page (definePageMeta).
    customRoutes: 'meta',
    baseUrl: siteUrl,
  },

  /**
   * Public pages are rendered once and served from the server's cache (stale-while-revalidate);
   * the CMS publish webhook (server/api/revalidate) empties it. Route rules do not follow locale
   * prefixes by themselves, hence the `/fr` entries.
   */
  routeRules: {
    '/**': documentPage,
    '/api/**': cachedPage,
    '/api/revalidate': { swr: false, cache: false, security: { rateLimiter: false } },
    // The door of editors' previews: checks the link and sends on to the page (server/routes).
    '/preview': { swr: false, cache: false, robots: false },
    // The network's routes (form answers, email links, sharing a report) have their rules in
    // layers/network/nuxt.config.ts.
  },

  sitemap: {
    sources: ['/api/__sitemap__/urls'],
    autoLastmod: false,
    // The sitemap lists pages, not the API nor error routes.
    exclude: ['/api/**'],
  },

  security: {
    // Pages carry no script (route rule noScripts), so none is allowed inline: no nonce (it
    // would be frozen into cached pages) and no hash is needed.
    nonce: false,
    headers: {
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': false,
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
    },
    // Rate limiting belongs to the proxy in front (see docs); the in-memory limiter would also
    // throttle our own benchmarks and tests.
    rateLimiter: false,
  },

  app: {
    head: {
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  css: ['~/assets/main.css'],

  nitro: {
    // Built files are also written brotli- and gzip-compressed; the server sends the smallest the
    // browser accepts (with Vary: Accept-Encoding). Hashed /_nuxt files are cached for a year.
    compressPublicAssets: { gzip: true, brotli: true },
    // citation-js plugins register their formats when imported and export nothing: Nitro drops
    // imports it believes side-effect free unless told otherwise.
    moduleSideEffects: [
      '@citation-js/plugin-bibtex',
      '@citation-js/plugin-ris',
      '@citation-js/plugin-csl',
    ],
  },

  typescript: { strict: true },
});
