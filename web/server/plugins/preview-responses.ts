/**
 * Headers of previews (utils/preview.ts, markPreviewResponse). Set while the page renders, so
 * that the page cache sees a private answer and stores nothing; and again just before it is sent,
 * after nuxt-security has written its CSP, to let the admin frame the preview.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (_response, { event }) => {
    const preview = previewOf(event);
    if (preview) markPreviewResponse(event, preview);
  });
  nitroApp.hooks.hook('beforeResponse', (event) => {
    const preview = previewOf(event);
    if (preview) markPreviewResponse(event, preview);
  });
});
