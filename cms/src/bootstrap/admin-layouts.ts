import type { Core, UID } from '@strapi/strapi';

/** Columns of each list view in the admin: what editors scan a list for. */
export const LIST_COLUMNS: Record<string, string[]> = {
  'api::publication.publication': [
    'title',
    'publicationType',
    'publicationDate',
    'documentLanguage',
  ],
  'api::event.event': ['title', 'kind', 'startDate', 'city'],
  'api::person.person': ['name', 'role', 'affiliation', 'country'],
  'api::organisation.organisation': ['name', 'acronym', 'kind'],
  'api::news-article.news-article': ['title', 'date'],
  'api::topic.topic': ['title', 'slug'],
  'api::network-contact.network-contact': ['name', 'email', 'category', 'status', 'country'],
  'api::report-submission.report-submission': ['title', 'name', 'email', 'status', 'createdAt'],
  'api::distribution.distribution': ['publicationTitle', 'status', 'recipients', 'sent', 'failed'],
};

// Bump when LIST_COLUMNS or schema descriptions change, to apply them once more.
const LAYOUT_VERSION = 2;

interface Configuration {
  layouts: { list: string[] };
  metadatas: Record<string, { edit: { description?: string } }>;
}

/**
 * Applies the list columns above and shows each field's schema description as its help text in
 * the admin. Applied once per LAYOUT_VERSION, so an editor's later rearrangement is kept.
 */
export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'mdle-admin-layouts' });
  if (((await store.get({ key: 'version' })) as number | null) === LAYOUT_VERSION) return;

  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, list] of Object.entries(LIST_COLUMNS)) {
    const contentType = contentTypes.findContentType(uid);
    const current = (await contentTypes.findConfiguration(contentType)) as Configuration;
    const metadatas = { ...current.metadatas };
    for (const [field, attribute] of Object.entries(
      strapi.contentType(uid as UID.ContentType).attributes,
    )) {
      const description = (attribute as { description?: string }).description;
      if (description && metadatas[field]) {
        metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, description } };
      }
    }
    await contentTypes.updateConfiguration(contentType, {
      ...current,
      metadatas,
      layouts: { ...current.layouts, list },
    });
  }
  await store.set({ key: 'version', value: LAYOUT_VERSION });
}
