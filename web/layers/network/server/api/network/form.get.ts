import type { SignUpFormDefinition } from '../../../shared/types/network';

/**
 * What the sign-up form shows that the CMS decides: the consent wording (which it records with
 * its version) and the categories a contact chooses from.
 */
export default defineCachedEventHandler(
  async (event): Promise<SignUpFormDefinition> => {
    const locale = getQuery(event).locale;
    const { cmsUrl } = useRuntimeConfig(event);
    const response = await fetch(`${cmsUrl}/api/network/consent?locale=${siteLocaleOf(locale)}`, {
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (!response?.ok) {
      throw createError({ statusCode: 503, statusMessage: 'The network service is unavailable' });
    }
    const { data } = (await response.json()) as {
      data: { version: string; text: string; categories: string[] };
    };
    return { consent: { version: data.version, text: data.text }, categories: data.categories };
  },
  {
    maxAge: 600,
    swr: true,
    getKey: (event) => `network-form-${siteLocaleOf(getQuery(event).locale)}`,
  },
);
