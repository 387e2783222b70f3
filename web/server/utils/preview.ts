import { PREVIEW_TOKEN, type PreviewClaims } from '@mdle/api-client';
import type { H3Event } from 'h3';
import { jwtVerify } from 'jose';

const secretKey = (secret: string) => new TextEncoder().encode(secret);

/**
 * The claims of a preview token the CMS signed (@mdle/api-client/src/preview-token.ts), or
 * undefined when the token is forged, expired, or previews are off (no NUXT_PREVIEW_SECRET).
 */
export async function readPreviewToken(
  event: H3Event,
  token: string,
): Promise<PreviewClaims | undefined> {
  const secret = useRuntimeConfig(event).previewSecret;
  if (!secret || !token) return undefined;
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: PREVIEW_TOKEN.issuer,
      audience: PREVIEW_TOKEN.audience,
      algorithms: [PREVIEW_TOKEN.algorithm],
    });
    const claims = payload as unknown as PreviewClaims;
    const framedBy = URL.canParse(claims.admin) ? new URL(claims.admin).protocol : '';
    if (!isSiteLocale(claims.locale) || !/^https?:$/.test(framedBy)) return undefined;
    return claims;
  } catch {
    return undefined;
  }
}

/** Refuses a preview link that is not valid (401 with the reason an editor can act on). */
export async function requirePreview(event: H3Event, token: string): Promise<SitePreview> {
  const claims = await readPreviewToken(event, token);
  if (!claims) {
    throw createError({
      statusCode: 401,
      statusMessage: 'Preview link invalid or expired',
      message: 'This preview link is invalid or has expired: open Preview again from the CMS.',
    });
  }
  return { token, claims };
}

/** The preview this request renders (set by server/middleware/preview.ts), if any. */
export const previewOf = (event: H3Event): SitePreview | undefined =>
  event.context.preview as SitePreview | undefined;

/** The path of the page a preview shows, in its language. */
export function previewPagePath({ page, slug, locale }: PreviewClaims): string | undefined {
  const pageLocale = siteLocaleOf(locale);
  if (page === 'home' || page === 'about') return SINGLE_PAGES[page][pageLocale];
  if (page in CONTENT_PAGES && slug) return contentPagePath(page, pageLocale, slug);
  return undefined;
}

/**
 * A preview's answer is the editor's alone: never stored by any cache (Nitro's page cache skips
 * private answers, and so do the hot responses), never indexed, and framed only by the admin that
 * asked for it (its Preview shows the page in an iframe).
 */
export function markPreviewResponse(event: H3Event, preview: SitePreview): void {
  setResponseHeader(event, 'cache-control', 'private, no-store');
  setResponseHeader(event, 'x-robots-tag', 'noindex, nofollow');
  const policy = getResponseHeader(event, 'content-security-policy');
  if (typeof policy === 'string') {
    const framedBy = `frame-ancestors 'self' ${new URL(preview.claims.admin).origin}`;
    setResponseHeader(
      event,
      'content-security-policy',
      policy.replace(/frame-ancestors [^;]*/, framedBy),
    );
  }
  removeResponseHeader(event, 'x-frame-options');
}
