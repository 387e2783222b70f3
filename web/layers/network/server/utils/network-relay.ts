import type { H3Event } from 'h3';

export type NetworkAction = 'sign-up' | 'confirm' | 'unsubscribe';

/**
 * One call to the CMS's network endpoints (sign-up, confirm, unsubscribe) on the visitor's behalf,
 * from the site's relay route (server/api/network/[action].post.ts).
 */
export async function callNetworkAction(options: {
  cmsUrl: string;
  action: NetworkAction;
  locale: string;
  body: unknown;
  visitorIp: string | undefined;
}): Promise<CmsRelayResult | null> {
  return relayToCms(`${options.cmsUrl}/api/network/${options.action}?locale=${options.locale}`, {
    body: JSON.stringify(options.body ?? {}),
    contentType: 'application/json',
    visitorIp: options.visitorIp,
    timeoutMs: 15_000,
  });
}

/**
 * What a network post carries: JSON from API clients, as is; a plain form post (urlencoded), read
 * into the JSON the CMS expects, with what to show again (the sign-up's fields, the link's token).
 */
export async function readNetworkForm(
  event: H3Event,
  action: NetworkAction,
): Promise<{
  body: unknown;
  values?: Record<string, string | string[] | boolean>;
  token?: string;
}> {
  const type = getRequestHeader(event, 'content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    const body = await readBody(event).catch(() => {
      throw createError({ statusCode: 400, statusMessage: 'The request body must be JSON' });
    });
    return { body };
  }
  const form = new URLSearchParams((await readRawBody(event)) ?? '');
  if (action !== 'sign-up') {
    const token = form.get('token') ?? '';
    return { body: { token }, token };
  }
  const body = formToSignUp(form);
  // The trap and the consent version are the form's, not the visitor's words.
  const values = Object.fromEntries(
    Object.entries(body).filter(
      ([key, value]) => value !== undefined && key !== 'website' && key !== 'consentVersion',
    ),
  );
  return { body, values };
}
