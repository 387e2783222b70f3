import { readMultipartFormData } from 'h3';

/** A report plus the form's fields: the CMS caps the PDF at 20 MB; a little room for the rest. */
const MAX_BODY_BYTES = 21 * 1024 * 1024;

/** Relays "share a report" (multipart, with a PDF) from the browser to the CMS. */
export default defineEventHandler(async (event) => {
  if (Number(getHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'The file is too large' });
  }
  const locale = getQuery(event).locale;
  const parts = (await readMultipartFormData(event).catch(() => undefined)) ?? [];
  const { cmsUrl, trustedProxies } = useRuntimeConfig(event);
  const result = await submitReport({
    cmsUrl,
    locale: isSiteLocale(locale) ? locale : 'en',
    parts,
    visitorIp: visitorIp(event, trustedProxies),
  });
  if (!result) throw createError({ statusCode: 503, statusMessage: 'The service is unavailable' });
  setResponseStatus(event, result.status);
  return result.body;
});
