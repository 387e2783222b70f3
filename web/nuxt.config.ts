// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: ['@nuxtjs/i18n'],

  // No outbound calls from builds or the dev server: this project runs offline.
  telemetry: false,
  devtools: { enabled: false },

  runtimeConfig: {
    // Server-only: the browser never talks to the CMS nor sees its token.
    cmsUrl: 'http://127.0.0.1:1337', // NUXT_CMS_URL
    cmsToken: '', // NUXT_CMS_TOKEN (read-only API token, optional)
    public: {
      siteUrl: 'http://localhost:3000', // NUXT_PUBLIC_SITE_URL
    },
  },

  i18n: {
    defaultLocale: 'en',
    strategy: 'prefix_except_default',
    locales: [
      { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
      { code: 'fr', language: 'fr-FR', name: 'Français', file: 'fr.json' },
    ],
    detectBrowserLanguage: false,
    // French URLs have French path segments, declared next to each page (definePageMeta).
    customRoutes: 'meta',
    baseUrl: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000',
  },

  app: {
    head: {
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  css: ['~/assets/main.css'],

  typescript: { strict: true },
});
