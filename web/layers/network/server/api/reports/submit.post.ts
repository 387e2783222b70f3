import { readMultipartFormData } from 'h3';

/** A report plus the form's fields: the CMS caps the PDF at 20 MB; a little room for the rest. */
const MAX_BODY_BYTES = 21 * 1024 * 1024;

/**
 * "Share a report" (multipart, with a PDF): posted as a plain form by the page, or by other
 * clients; relayed to the CMS, answered as answerFormPost says.
 */
export default defineEventHandler(async (event) => {
  if (Number(getHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'The file is too large' });
  }
  const locale = siteLocaleOf(getQuery(event).locale);
  const parts = (await readMultipartFormData(event).catch(() => undefined)) ?? [];
  const { cmsUrl, trustedProxies } = useRuntimeConfig(event);
  const result = await submitReport({
    cmsUrl,
    locale,
    parts,
    visitorIp: visitorIp(event, trustedProxies),
  });
  return answerFormPost(event, { form: 'report', locale, result, values: reportValues(parts) });
});
