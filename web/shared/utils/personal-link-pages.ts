/**
 * Pages opened from personal email links (confirm, unsubscribe): never cached nor indexed
 * (nuxt.config.ts), and the only pages that read a `token` parameter (canonical-query.ts).
 */
export const PERSONAL_LINK_PAGES = [
  '/network/confirm',
  '/network/unsubscribe',
  '/fr/reseau/confirmation',
  '/fr/reseau/desabonnement',
];
