import type { NetworkAction } from '../../utils/network-relay';

const ACTIONS = new Set<string>(['sign-up', 'confirm', 'unsubscribe'] satisfies NetworkAction[]);
/** A sign-up is well under 2 KB; the CMS refuses larger bodies too. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * The network's one write road: the sign-up form and the email links' buttons (confirm,
 * unsubscribe), posted as plain forms by the pages, or as JSON by other clients. The CMS
 * validates and answers in the visitor's language; see answerFormPost for the two answers.
 */
export default defineEventHandler(async (event) => {
  const action = getRouterParam(event, 'action') ?? '';
  if (!ACTIONS.has(action)) throw createError({ statusCode: 404, statusMessage: 'Unknown action' });
  if (Number(getHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Request too large' });
  }
  const locale = siteLocaleOf(getQuery(event).locale);
  const posted = await readNetworkForm(event, action as NetworkAction);
  const { cmsUrl, trustedProxies } = useRuntimeConfig(event);
  const result = await callNetworkAction({
    cmsUrl,
    action: action as NetworkAction,
    locale,
    body: posted.body,
    visitorIp: visitorIp(event, trustedProxies),
  });
  return answerFormPost(event, {
    form: action as NetworkAction,
    locale,
    result,
    values: posted.values,
    query: posted.token === undefined ? undefined : { token: posted.token },
  });
});
