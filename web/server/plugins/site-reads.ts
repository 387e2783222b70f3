/**
 * Lets a page rendered on the server read its content in-process (app/composables/useSiteRead.ts)
 * rather than sending the server an HTTP request per query: each such request went through the
 * whole h3 stack (security rules, middleware, the route cache and its copies) for nothing the
 * page needs.
 */
const siteReads: SiteReads = {
  cms: runCmsOperation,
  citations: (event, locale, slug) => publicationReferences(locale, slug, event),
};

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    event.context.siteReads = siteReads;
  });
});
