/** `/api/citations/<locale>/<slug>`: a publication's APA and Chicago references, for its page. */
export default defineEventHandler((event) =>
  publicationReferences(
    getRouterParam(event, 'locale'),
    getRouterParam(event, 'slug', { decode: true }),
  ),
);
