import contract from '@mdle/api-client/preview-token.json';
import { jwtVerify, SignJWT } from 'jose';

/**
 * The preview token's claims (the site reads the same ones: @mdle/api-client/src/preview-token.ts).
 * Signed with PREVIEW_SECRET by the admin's preview handler, verified by the site before it
 * renders and by the CMS on every read the preview makes.
 */
export interface PreviewClaims {
  page: 'publications' | 'events' | 'news' | 'people' | 'topics' | 'about' | 'home';
  slug?: string;
  locale: string;
  status: 'draft' | 'published';
  admin: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** The preview secret, or undefined when previews are off (no PREVIEW_SECRET). */
export const previewSecret = (): string | undefined => process.env.PREVIEW_SECRET || undefined;

export function signPreviewToken(claims: PreviewClaims, secret: string): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: contract.algorithm })
    .setIssuer(contract.issuer)
    .setAudience(contract.audience)
    .setIssuedAt()
    .setExpirationTime(`${contract.lifetimeSeconds}s`)
    .sign(key(secret));
}

/** The claims of a valid, unexpired token signed with `secret`; undefined for anything else. */
export async function readPreviewToken(
  token: string,
  secret: string,
): Promise<PreviewClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: contract.issuer,
      audience: contract.audience,
      algorithms: [contract.algorithm],
    });
    const status = payload.status;
    if (status !== 'draft' && status !== 'published') return undefined;
    return payload as unknown as PreviewClaims;
  } catch {
    return undefined;
  }
}
