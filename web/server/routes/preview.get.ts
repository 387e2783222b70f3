/**
 * Where the CMS admin's Preview leads (cms/src/preview/preview-url.ts): checks the signed link and
 * sends the editor on to the page it previews, in its language, with the token that lets that page
 * read the version being previewed.
 */
export default defineEventHandler(async (event) => {
  const token = String(getQuery(event).token ?? '');
  const preview = await requirePreview(event, token);
  const path = previewPagePath(preview.claims);
  if (!path) throw createError({ statusCode: 404, statusMessage: 'Nothing to preview' });
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return sendRedirect(event, `${path}?${new URLSearchParams({ [PREVIEW_PARAMETER]: token })}`, 302);
});
