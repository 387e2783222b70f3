/** The consent wording shown next to the sign-up checkbox, from the CMS (which records it). */
export default defineCachedEventHandler(
  async (event) => {
    const locale = getQuery(event).locale;
    const { cmsUrl } = useRuntimeConfig(event);
    const response = await fetch(
      `${cmsUrl}/api/network/consent?locale=${isSiteLocale(locale) ? locale : 'en'}`,
      { signal: AbortSignal.timeout(10_000) },
    ).catch(() => null);
    if (!response?.ok) {
      throw createError({ statusCode: 503, statusMessage: 'The network service is unavailable' });
    }
    return ((await response.json()) as { data: { version: string; text: string } }).data;
  },
  { maxAge: 600, swr: true, getKey: (event) => `consent-${getQuery(event).locale}` },
);
