import { randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';
import type { FormAnswerFlash } from '../../shared/types/form-answer';

/** The cookie naming a visitor's flash; it holds a random id, nothing the visitor typed. */
const FLASH_COOKIE = 'mdle-form-answer';
/** Long enough to follow the redirect on a slow phone; then the answer is forgotten. */
export const FLASH_SECONDS = 300;
/** The storage mount of flashes (server/plugins/shared-storage.ts). */
export const FLASH_STORAGE = 'form-answers';

/**
 * A browser's own form submission: a page navigation, which asks for HTML, as opposed to fetch
 * or an API client (`Accept: *\/*` or JSON).
 */
function isFormNavigation(event: H3Event): boolean {
  return (getRequestHeader(event, 'accept') ?? '').includes('text/html');
}

/**
 * Answers a form post. To fetch and API clients: the CMS's status and JSON, unchanged. To a plain
 * form post (the site's pages carry no JavaScript): a 303 to the page that shows the answer, in
 * the visitor's language, which finds it in a flash: kept on the server (shared by replicas with
 * Redis) for a few minutes, named by a random id in a cookie scoped to that page, read once.
 */
export async function answerFormPost(
  event: H3Event,
  options: {
    form: SiteForm;
    locale: SiteLocale;
    result: CmsRelayResult | null;
    /** What the visitor typed, to fill the form again if a field is refused. */
    values?: FormAnswerFlash['values'];
    /** Query of the answer page (the email links' token). */
    query?: Record<string, string>;
  },
) {
  const { result } = options;
  if (!isFormNavigation(event)) {
    if (!result) {
      throw createError({ statusCode: 503, statusMessage: 'The service is unavailable' });
    }
    setResponseStatus(event, result.status);
    if (result.retryAfter) setResponseHeader(event, 'retry-after', Number(result.retryAfter));
    return result.body;
  }
  const answer = readCmsFormAnswer(result?.status ?? 503, result?.body);
  const accepted = answer.status >= 200 && answer.status < 300;
  const flash: FormAnswerFlash = { answer, values: accepted ? undefined : options.values };
  const id = randomUUID();
  await useStorage(FLASH_STORAGE).setItem(id, flash);
  const page = FORM_ANSWER_PAGES[options.form][options.locale];
  setCookie(event, FLASH_COOKIE, id, flashCookieOptions(event, page));
  const search = options.query ? `?${new URLSearchParams(options.query)}` : '';
  return sendRedirect(event, page + search, 303);
}

/** The flash a form post left for this page, once: it is forgotten as it is read. */
export async function takeFormAnswer(event: H3Event): Promise<FormAnswerFlash | undefined> {
  const id = getCookie(event, FLASH_COOKIE);
  if (!id) return undefined;
  deleteCookie(event, FLASH_COOKIE, flashCookieOptions(event, event.path.split('?')[0]!));
  const storage = useStorage(FLASH_STORAGE);
  const flash = await storage.getItem<FormAnswerFlash>(id);
  if (flash) await storage.removeItem(id);
  return flash ?? undefined;
}

function flashCookieOptions(event: H3Event, path: string) {
  return {
    path,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: getRequestProtocol(event, { xForwardedProto: true }) === 'https',
    maxAge: FLASH_SECONDS,
  };
}
