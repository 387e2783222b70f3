import contract from '../preview-token.json';

/**
 * The preview token: how the CMS lets the site render drafts. The admin's Preview asks the CMS
 * for a URL (config/admin.ts); the CMS signs these claims into a short-lived JWT (HS256, the
 * shared PREVIEW_SECRET). The site verifies it before rendering, and sends it back to the CMS as
 * the bearer of every read the preview makes; the CMS verifies it again and answers with the
 * version the token names. No standing credential can read drafts: a token expires within the hour.
 */
export const PREVIEW_TOKEN = contract as {
  issuer: string;
  audience: string;
  algorithm: 'HS256';
  lifetimeSeconds: number;
};

/** The site's pages an editor can preview: the content lists' entries, the about and home pages. */
export type PreviewPage =
  'publications' | 'events' | 'news' | 'people' | 'topics' | 'about' | 'home';

export interface PreviewClaims {
  page: PreviewPage;
  /** The entry's slug, for entry pages. */
  slug?: string;
  locale: string;
  /** Which version the preview shows: the draft, or the published one. */
  status: 'draft' | 'published';
  /** Origin of the admin that asked for the preview: the one site allowed to frame it. */
  admin: string;
}
