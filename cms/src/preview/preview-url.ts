import type { Core, UID } from '@strapi/strapi';
import { publicSiteUrl } from '../utils/env';
import { previewSecret, signPreviewToken, type PreviewClaims } from './preview-token';

/** The site page each previewable content type is shown on (organisations have no page). */
export const PREVIEW_PAGES: Partial<Record<UID.ContentType, PreviewClaims['page']>> = {
  'api::publication.publication': 'publications',
  'api::event.event': 'events',
  'api::news-article.news-article': 'news',
  'api::person.person': 'people',
  'api::topic.topic': 'topics',
  'api::project.project': 'about',
  'api::global.global': 'home',
};

const ENTRY_PAGES = new Set<PreviewClaims['page']>([
  'publications',
  'events',
  'news',
  'people',
  'topics',
]);

export interface PreviewRequest {
  documentId: string;
  locale?: string | null;
  status?: string | null;
}

/**
 * Strapi's preview handler (config/admin.ts): the site URL that shows this document's version in
 * the admin's Preview, or null when the type has no page (the admin then offers no preview). The
 * URL leads to the site's /preview route with a signed token that expires within the hour.
 */
export async function previewUrl(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { documentId, locale, status }: PreviewRequest,
): Promise<string | null> {
  const page = PREVIEW_PAGES[uid];
  const secret = previewSecret();
  if (!page || !secret || !mayRead(strapi, uid)) return null;
  const version = status === 'published' ? 'published' : 'draft';
  const pageLocale = locale || 'en';
  let slug: string | undefined;
  if (ENTRY_PAGES.has(page)) {
    const entry = (await strapi.documents(uid as UID.CollectionType).findOne({
      documentId,
      locale: pageLocale,
      status: version,
      fields: ['slug'],
    } as never)) as { slug?: string } | null;
    // Not saved in this language yet: nothing to show.
    if (!entry?.slug) return null;
    slug = entry.slug;
  }
  const token = await signPreviewToken(
    {
      page,
      ...(slug ? { slug } : {}),
      locale: pageLocale,
      status: version,
      admin: adminOrigin(strapi),
    },
    secret,
  );
  return `${publicSiteUrl()}/preview?${new URLSearchParams({ token })}`;
}

/**
 * The origin the editor reaches the admin at (the request asking for the preview URL, so that
 * localhost and 127.0.0.1 both work; behind a proxy, CMS_TRUST_PROXY makes it the public one),
 * else the admin's configured URL.
 */
function adminOrigin(strapi: Core.Strapi): string {
  const request = strapi.requestContext.get() as { request?: { origin?: string } } | undefined;
  return request?.request?.origin || new URL(strapi.config.get<string>('admin.absoluteUrl')).origin;
}

interface AdminRequest {
  state?: { userAbility?: { can(action: string, subject: string): boolean } };
}

/**
 * Whether the admin asking may read this type in the content manager. Strapi's preview route only
 * checks that an admin is signed in; a preview token reads drafts, so a network manager (who
 * does not edit publications) gets none.
 */
function mayRead(strapi: Core.Strapi, uid: UID.ContentType): boolean {
  const ability = (strapi.requestContext.get() as AdminRequest | undefined)?.state?.userAbility;
  return !ability || ability.can('plugin::content-manager.explorer.read', uid);
}
