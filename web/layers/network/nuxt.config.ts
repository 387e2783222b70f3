import { SITE_LOCALES } from '../../shared/utils/locales';
import { PERSONAL_PAGES } from './shared/utils/form-answer-pages';

/**
 * The network, as the site shows it: joining (the sign-up form), the email links' pages (confirm,
 * unsubscribe), sharing a report, the form posts' one road (server/api → 303 or JSON) and the
 * relays to the CMS's network plugin. A Nuxt layer (found in layers/ by Nuxt itself), so that
 * everything about the network on the site is in this folder.
 */
export default defineNuxtConfig({
  // The network's UI strings (i18n/locales here), merged by @nuxtjs/i18n with the site's own.
  i18n: {
    locales: SITE_LOCALES.map(({ code, file }) => ({ code, file })),
  },
  routeRules: {
    // Pages showing a visitor's own data (form answers, email links): never cached nor indexed.
    ...Object.fromEntries(
      PERSONAL_PAGES.map((path) => [
        path,
        {
          swr: false,
          cache: false,
          robots: false,
          headers: { 'cache-control': 'private, no-store' },
        },
      ]),
    ),
    // Sharing a report uploads a PDF (the CMS checks it): larger bodies, no HTML sniffing of it.
    '/api/reports/submit': {
      security: {
        requestSizeLimiter: {
          maxRequestSizeInBytes: 22 * 1024 * 1024,
          maxUploadFileRequestInBytes: 22 * 1024 * 1024,
        },
        xssValidator: false,
      },
    },
  },
  sitemap: { exclude: PERSONAL_PAGES },
});
