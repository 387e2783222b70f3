/**
 * Answers 413 to a request whose body went past its limit (measured by
 * server/plugins/request-body-limit.ts), and closes the connection instead of draining the rest.
 */
export default defineEventHandler((event) => {
  if (!event.context.bodyTooLarge) return;
  setResponseHeader(event, 'connection', 'close');
  throw createError({ statusCode: 413, statusMessage: 'Request too large' });
});
