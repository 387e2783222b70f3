export type NetworkAction = 'sign-up' | 'confirm' | 'unsubscribe';

/** What the CMS decides in the sign-up form: the consent wording and version, the categories. */
export interface SignUpFormDefinition {
  consent: { version: string; text: string };
  categories: string[];
}

export interface NetworkRelayResult {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/**
 * One call to the CMS's network endpoints, on the visitor's behalf. Used by the site's relay
 * route (browser requests) and by server rendering of a plain form POST (no JavaScript). The
 * visitor's address goes in X-Forwarded-For (the CMS lists this server in TRUSTED_PROXIES), so
 * each visitor has their own rate limit rather than one shared by everyone behind the site.
 */
export async function callNetworkAction(options: {
  cmsUrl: string;
  action: NetworkAction;
  locale: string;
  body: unknown;
  visitorIp: string | undefined;
}): Promise<NetworkRelayResult | null> {
  const response = await fetch(
    `${options.cmsUrl}/api/network/${options.action}?locale=${options.locale}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': options.visitorIp ?? 'unknown',
      },
      body: JSON.stringify(options.body ?? {}),
      signal: AbortSignal.timeout(15_000),
    },
  ).catch(() => null);
  if (!response) return null;
  return {
    status: response.status,
    body: await response.json().catch(() => ({ error: { message: 'Unexpected answer' } })),
    retryAfter: response.headers.get('retry-after'),
  };
}
