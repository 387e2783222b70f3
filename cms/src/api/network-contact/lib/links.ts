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
    siteUrl: trim(process.env.SITE_PUBLIC_URL ?? 'http://localhost:3000'),
    cmsUrl: trim(process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 1337}`),
  };
}

/** The unsubscribe link's token for a contact: signed, never expires. */
export const unsubscribeToken = (contactDocumentId: string) =>
  signToken(tokenSecret(), { purpose: 'unsubscribe', contact: contactDocumentId, expires: 0 });
