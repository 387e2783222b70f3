import { publicSiteUrl } from '../../../../../utils/env';
import { signToken } from './tokens';
import type { LinkBases } from './emails';

/** The secret that signs email links (NETWORK_TOKEN_SECRET, required at start). */
export function tokenSecret(): string {
  const secret = process.env.NETWORK_TOKEN_SECRET;
  if (!secret) throw new Error('NETWORK_TOKEN_SECRET is not set');
  return secret;
}

/** Where email links lead: the public site and, for one-click unsubscribe, the CMS. */
export function linkBases(): LinkBases {
  const trim = (url: string) => url.replace(/\/$/, '');
  return {
    siteUrl: publicSiteUrl(),
    cmsUrl: trim(process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 1337}`),
  };
}

/**
 * How long an unsubscribe link works: a year, well past the 30 days anti-spam laws ask for.
 * Every email carries a fresh one, so a leaked old link (in a forwarded email, a proxy log)
 * stops working, while the latest email's link always works.
 */
export const UNSUBSCRIBE_VALIDITY_S = 365 * 24 * 3600;

/** The unsubscribe link's token for a contact, in the email being sent now. */
export const unsubscribeToken = (contactDocumentId: string, now = Date.now()) =>
  signToken(tokenSecret(), {
    purpose: 'unsubscribe',
    contact: contactDocumentId,
    expires: Math.floor(now / 1000) + UNSUBSCRIBE_VALIDITY_S,
    issued: now,
  });
