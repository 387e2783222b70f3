import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links for email: confirm a subscription, unsubscribe. The token carries what it allows
 * (purpose, contact, expiry) and an HMAC over it, so it works without login and cannot be forged
 * or edited; nothing needs storing.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe';

interface TokenPayload {
  purpose: TokenPurpose;
  contact: string;
  /** Expiry, seconds since the epoch; 0 = never (unsubscribe links keep working). */
  expires: number;
  /** When the link was made (ms), so that a newer state of the contact can outdate it. */
  issued?: number;
}

export type TokenCheck =
  { ok: true; contact: string; issued?: number } | { ok: false; reason: 'invalid' | 'expired' };

const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

export function signToken(secret: string, payload: TokenPayload): string {
  const fields = [payload.purpose, payload.contact, payload.expires];
  if (payload.issued !== undefined) fields.push(payload.issued);
  const data = encode(JSON.stringify(fields));
  return `${data}.${encode(hmac(secret, data))}`;
}

export function verifyToken(
  secret: string,
  token: unknown,
  purpose: TokenPurpose,
  now = Date.now(),
): TokenCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'invalid' };
  const [data, signature, ...rest] = token.split('.');
  if (!data || !signature || rest.length > 0) return { ok: false, reason: 'invalid' };
  const expected = hmac(secret, data);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  // Links sent before `issued` existed have three fields.
  if (!Array.isArray(fields) || fields.length < 3 || fields.length > 4)
    return { ok: false, reason: 'invalid' };
  const [tokenPurpose, contact, expires, issued] = fields as unknown[];
  if (
    tokenPurpose !== purpose ||
    typeof contact !== 'string' ||
    typeof expires !== 'number' ||
    (issued !== undefined && typeof issued !== 'number')
  ) {
    return { ok: false, reason: 'invalid' };
  }
  if (expires !== 0 && expires * 1000 < now) return { ok: false, reason: 'expired' };
  return issued === undefined ? { ok: true, contact } : { ok: true, contact, issued };
}
