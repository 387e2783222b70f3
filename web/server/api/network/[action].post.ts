const ACTIONS = new Set(['sign-up', 'confirm', 'unsubscribe']);
/** A sign-up is well under 2 KB; the CMS refuses larger bodies too. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * Relays the network form (sign-up) and the email links (confirm, unsubscribe) to the CMS, so the
 * browser only ever talks to the site. The CMS validates and answers in the visitor's language;
 * its status and message come back unchanged.
 */
export default defineEventHandler(async (event) => {
  const action = getRouterParam(event, 'action') ?? '';
  if (!ACTIONS.has(action)) throw createError({ statusCode: 404, statusMessage: 'Unknown action' });
  if (Number(getHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Request too large' });
  }
  const locale = getQuery(event).locale;
  const body = await readBody(event).catch(() => {
    throw createError({ statusCode: 400, statusMessage: 'The request body must be JSON' });
  });
  const { cmsUrl, trustedProxies } = useRuntimeConfig(event);
  const result = await callNetworkAction({
    cmsUrl,
    action: action as NetworkAction,
    locale: isSiteLocale(locale) ? locale : 'en',
    body,
    visitorIp: visitorIp(event, trustedProxies),
  });
  if (!result) {
    throw createError({ statusCode: 503, statusMessage: 'The network service is unavailable' });
  }
  setResponseStatus(event, result.status);
  if (result.retryAfter) setResponseHeader(event, 'retry-after', Number(result.retryAfter));
  return result.body;
});
