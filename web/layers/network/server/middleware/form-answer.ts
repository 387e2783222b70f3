const ANSWER_PAGES = new Set(PERSONAL_PAGES);

/**
 * On the pages a form post is sent back to, hands the page its flash (server/utils/form-answer.ts)
 * through the request context. Nowhere else: a cached page must not consume a visitor's answer.
 */
export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' || !event.node.req.headers.cookie) return;
  const path = event.path.split('?')[0]!.replace(/(.)\/$/, '$1');
  if (!ANSWER_PAGES.has(path)) return;
  event.context.formAnswer = await takeFormAnswer(event);
});
