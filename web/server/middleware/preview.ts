/**
 * A request carrying a preview token (`?preview=`: an editor's preview of a page, and the reads
 * it makes) goes on only with a valid one, known to the rest of the request as
 * `event.context.preview`; anything else is refused with a 401 before a page is rendered.
 */
export default defineEventHandler(async (event) => {
  if (!event.path.includes(`${PREVIEW_PARAMETER}=`)) return;
  const token = getQuery(event)[PREVIEW_PARAMETER];
  if (token === undefined) return;
  event.context.preview = await requirePreview(event, String(token));
});
