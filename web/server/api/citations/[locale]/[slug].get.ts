/** `/api/citations/<locale>/<slug>`: a publication's APA and Chicago references, for its page. */
export default defineEventHandler(async (event) => {
  const { locale, item } = await publicationCitation(
    getRouterParam(event, 'locale'),
    getRouterParam(event, 'slug', { decode: true }),
  );
  return formattedCitations(item, locale);
});
