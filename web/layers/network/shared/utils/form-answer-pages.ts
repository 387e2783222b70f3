import type { SiteLocale } from '../../../../shared/utils/locales';

/** The site's forms, each posted to one `server/api` route. */
export type SiteForm = 'sign-up' | 'confirm' | 'unsubscribe' | 'report';

/**
 * Where a plain form post (no JavaScript) is sent back to, with a 303, to show the CMS's answer
 * and what the visitor typed: the page the answer is shown on, in each language. These pages
 * hold a visitor's own data, so they are never cached nor indexed (nuxt.config.ts). The paths
 * repeat the pages' own `definePageMeta` paths, which the i18n module reads statically;
 * `pages.test.ts` opens each of them.
 */
export const FORM_ANSWER_PAGES: Record<SiteForm, Record<SiteLocale, string>> = {
  'sign-up': { en: '/network/answer', fr: '/fr/reseau/reponse' },
  // The email links' pages show their own answer.
  confirm: { en: '/network/confirm', fr: '/fr/reseau/confirmation' },
  unsubscribe: { en: '/network/unsubscribe', fr: '/fr/reseau/desabonnement' },
  report: { en: '/share-a-report/answer', fr: '/fr/partager-un-rapport/reponse' },
};

/** Pages opened from personal email links: the only pages that read a `token` parameter. */
export const PERSONAL_LINK_PAGES = [
  ...Object.values(FORM_ANSWER_PAGES.confirm),
  ...Object.values(FORM_ANSWER_PAGES.unsubscribe),
];

/** Every page showing a visitor's own data (answers, email links): never cached nor indexed. */
export const PERSONAL_PAGES = Object.values(FORM_ANSWER_PAGES).flatMap((paths) =>
  Object.values(paths),
);
