import type { Core, UID } from '@strapi/strapi';
import { CONTACTS, DISTRIBUTIONS, SUBMISSIONS } from '../plugins/network/server/src/uids';

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
  [CONTACTS]: ['name', 'email', 'category', 'status', 'country'],
  [SUBMISSIONS]: ['title', 'name', 'email', 'status', 'createdAt'],
  [DISTRIBUTIONS]: ['publicationTitle', 'status', 'recipients', 'sent', 'failed'],
};

/**
 * The edit views' fields in the order an editor thinks of them: what it is, who made it, when,
 * its text, files, links to other content, SEO. Each group starts a new row; fields not listed
 * follow at the end.
 */
export const EDIT_GROUPS: Record<string, string[][]> = {
  'api::publication.publication': [
    ['title', 'slug'],
    ['publicationType', 'seriesNumber', 'documentLanguage'],
    ['authors'],
    ['publicationDate', 'datePrecision'],
    ['abstract', 'body', 'cover'],
    ['pdf'],
    ['topics', 'event'],
    ['seo'],
  ],
  'api::event.event': [
    ['title', 'subtitle', 'slug'],
    ['kind', 'seriesNumber'],
    ['hosts', 'organisers', 'speakers'],
    ['startDate', 'endDate', 'datePrecision', 'startTime', 'endTime', 'timeZone'],
    ['venue', 'city', 'country'],
    ['summary', 'objective', 'body', 'themes', 'audience'],
    ['attendance', 'attendanceApproximate', 'attributionRule'],
    ['reports', 'topics'],
    ['seo'],
  ],
  'api::news-article.news-article': [
    ['title', 'slug'],
    ['date'],
    ['summary', 'body', 'cover'],
    ['events', 'publications'],
    ['seo'],
  ],
  'api::person.person': [['name', 'slug'], ['role', 'affiliation', 'country'], ['bio']],
  'api::topic.topic': [['title', 'slug'], ['summary']],
};

/** Labels where a field's name, spelled out, would not be the editors' word for it. */
const LABELS: Record<string, string> = {
  slug: 'URL slug',
  pdf: 'PDF',
  seo: 'SEO',
  attendanceApproximate: 'Attendance is an estimate',
  createdAt: 'Received',
  publicationTitle: 'Publication',
};

/** A field's label: `seriesNumber` → "Series number", unless LABELS says better. */
export const fieldLabel = (field: string): string =>
  LABELS[field] ??
  field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());

// Bump when the columns, groups, labels or schema descriptions change, to apply them once more.
const LAYOUT_VERSION = 4;

interface Placed {
  name: string;
  size: number;
}
interface Configuration {
  layouts: { list: string[]; edit: Placed[][] };
  metadatas: Record<
    string,
    { edit: { description?: string; label?: string }; list: { label?: string } }
  >;
}

const ROW_WIDTH = 12;

/** The edit layout with its fields in `groups` order, each at the width Strapi gave it. */
export function groupedEditLayout(current: Placed[][], groups: string[][]): Placed[][] {
  const sizeOf = new Map(current.flat().map((field) => [field.name, field.size]));
  const ordered = groups.map((group) => group.filter((name) => sizeOf.has(name)));
  const listed = new Set(ordered.flat());
  ordered.push([...sizeOf.keys()].filter((name) => !listed.has(name)));
  const rows: Placed[][] = [];
  for (const group of ordered) {
    let row: Placed[] = [];
    let width = 0;
    for (const name of group) {
      const size = sizeOf.get(name)!;
      if (row.length && width + size > ROW_WIDTH) {
        rows.push(row);
        row = [];
        width = 0;
      }
      row.push({ name, size });
      width += size;
    }
    if (row.length) rows.push(row);
  }
  return rows;
}

/**
 * Applies the list columns and edit groups above, labels every field in plain words, and shows
 * each field's schema description as its help text. Set in code so a fresh install has it;
 * applied once per LAYOUT_VERSION, so an editor's later rearrangement is kept.
 */
export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'mdle-admin-layouts' });
  if (((await store.get({ key: 'version' })) as number | null) === LAYOUT_VERSION) return;

  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const uids = new Set([...Object.keys(LIST_COLUMNS), ...Object.keys(EDIT_GROUPS)]);
  for (const uid of uids) {
    const contentType = contentTypes.findContentType(uid);
    const current = (await contentTypes.findConfiguration(contentType)) as Configuration;
    const metadatas = { ...current.metadatas };
    for (const [field, attribute] of Object.entries(
      strapi.contentType(uid as UID.ContentType).attributes,
    )) {
      const metadata = metadatas[field];
      if (!metadata) continue;
      const description = (attribute as { description?: string }).description;
      const label = fieldLabel(field);
      metadatas[field] = {
        ...metadata,
        edit: { ...metadata.edit, label, ...(description ? { description } : {}) },
        list: { ...metadata.list, label },
      };
    }
    const groups = EDIT_GROUPS[uid];
    await contentTypes.updateConfiguration(contentType, {
      ...current,
      metadatas,
      layouts: {
        ...current.layouts,
        list: LIST_COLUMNS[uid] ?? current.layouts.list,
        edit: groups ? groupedEditLayout(current.layouts.edit, groups) : current.layouts.edit,
      },
    });
  }
  await store.set({ key: 'version', value: LAYOUT_VERSION });
}
