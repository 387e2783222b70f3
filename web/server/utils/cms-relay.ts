/** The CMS's answer to a form relayed on a visitor's behalf. */
export interface CmsRelayResult {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/**
 * POSTs a visitor's form to the CMS, or returns null when the CMS cannot be reached in time. The
 * visitor's address goes in X-Forwarded-For (the CMS lists this server in TRUSTED_PROXIES), so
 * each visitor has their own rate limit rather than one shared by everyone behind the site.
 */
export async function relayToCms(
  url: string,
  options: {
    body: string | FormData;
    visitorIp: string | undefined;
    contentType?: string;
    timeoutMs: number;
  },
): Promise<CmsRelayResult | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
      'x-forwarded-for': options.visitorIp ?? 'unknown',
    },
    body: options.body,
    signal: AbortSignal.timeout(options.timeoutMs),
  }).catch(() => null);
  if (!response) return null;
  return {
    status: response.status,
    body: await response.json().catch(() => ({ error: { message: 'Unexpected answer' } })),
    retryAfter: response.headers.get('retry-after'),
  };
}
