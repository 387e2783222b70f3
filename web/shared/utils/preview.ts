import type { PreviewClaims } from '@mdle/api-client';

/** The query parameter carrying the preview token on a previewed page and on its data requests. */
export const PREVIEW_PARAMETER = 'preview';

/** A preview being rendered: the token (sent on to the CMS with every read) and what it shows. */
export interface SitePreview {
  token: string;
  claims: PreviewClaims;
}
