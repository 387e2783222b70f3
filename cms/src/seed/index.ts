import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import type { LocaleCode } from '../bootstrap/locales';
import { dataset } from './data';
import type { SeedCollection, SeedRef, SeedTypeName } from './types';

export interface SeedOptions {
  /** Overwrite entries editors have changed since they were seeded. */
  force?: boolean;
  /** The content to load (the project's data files by default; tests pass variations). */
  collections?: readonly SeedCollection[];
}

export interface SeedReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Entries an editor changed (or created): left as they are unless `force`. */
  keptEditorChanges: string[];
}

/** What the importer wrote for one entry in one locale, to tell editors' changes apart. */
interface EntryState {
  hash: string;
  updatedAt: string;
}
type SeedState = Record<string, EntryState>;

const STATE_KEY = 'state';
const seedStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'mdle-seed' });

/** True once the importer has run on this database (the start command seeds only empty ones). */
export async function hasBeenSeeded(strapi: Core.Strapi): Promise<boolean> {
  return Boolean(await seedStore(strapi).get({ key: STATE_KEY }));
}

/**
 * Loads the starting content. Idempotent: an entry whose seed data has not changed is left alone;
 * an entry an editor changed since it was seeded is kept unless `force` is set.
 */
export async function seed(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const store = seedStore(strapi);
  const state = ((await store.get({ key: STATE_KEY })) as SeedState | null) ?? {};
  const report: SeedReport = { created: [], updated: [], unchanged: [], keptEditorChanges: [] };

  for (const collection of options.collections ?? dataset) {
    await importCollection(strapi, collection, state, report, options.force ?? false);
  }
  await store.set({ key: STATE_KEY, value: state });
  return report;
}

async function importCollection(
  strapi: Core.Strapi,
  collection: SeedCollection,
  state: SeedState,
  report: SeedReport,
  force: boolean,
): Promise<void> {
  const uid = collection.uid as UID.ContentType;
  const documents = strapi.documents(uid);
  const draftAndPublish = Boolean(strapi.contentType(uid).options?.draftAndPublish);

  for (const entry of collection.entries) {
    let documentId = await findDocumentId(strapi, collection.uid, collection.keyField, entry.key);
    for (const [locale, raw] of Object.entries(entry.locales) as [LocaleCode, object][]) {
      const label = `${uid}:${entry.key}:${locale}`;
      const hash = fingerprint(raw);
      const previous = state[label];
      const existing = documentId
        ? await documents.findOne({ documentId, locale, status: 'draft', fields: ['updatedAt'] })
        : null;

      if (existing) {
        const editedSinceSeed = !previous || String(existing.updatedAt) !== previous.updatedAt;
        if (!force && editedSinceSeed) {
          report.keptEditorChanges.push(label);
          continue;
        }
        if (!force && previous?.hash === hash) {
          report.unchanged.push(label);
          continue;
        }
      }

      const data = (await resolveRefs(strapi, raw)) as never;
      const status = draftAndPublish ? ('published' as const) : undefined;
      const saved = documentId
        ? await documents.update({ documentId, locale, data, status })
        : await documents.create({ locale, data, status });
      documentId = saved!.documentId;
      const draft = await documents.findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['updatedAt'],
      });
      state[label] = { hash, updatedAt: String(draft!.updatedAt) };
      (existing ? report.updated : report.created).push(label);
    }
  }
}

const TYPE_UIDS: Record<SeedTypeName, UID.ContentType> = {
  organisation: 'api::organisation.organisation',
  person: 'api::person.person',
  topic: 'api::topic.topic',
  event: 'api::event.event',
  publication: 'api::publication.publication',
  'news-article': 'api::news-article.news-article',
};

/** The document seeded under `key` (its slug, or the single type's only document). */
async function findDocumentId(
  strapi: Core.Strapi,
  uid: string,
  keyField: string | undefined,
  key: string,
): Promise<string | undefined> {
  // The query engine ignores locale and status: any row of the document gives its documentId.
  const where = keyField ? { [keyField]: key } : {};
  const row = await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where, select: ['documentId'] });
  return row?.documentId;
}

function isRef(value: unknown): value is SeedRef {
  return typeof value === 'object' && value !== null && 'ref' in value && 'keys' in value;
}

/** Replaces seed references (by key) with document ids, everywhere in an entry's data. */
async function resolveRefs(strapi: Core.Strapi, value: unknown): Promise<unknown> {
  if (isRef(value)) {
    const ids: string[] = [];
    for (const key of value.keys) {
      const documentId = await findDocumentId(strapi, TYPE_UIDS[value.ref], 'slug', key);
      if (!documentId) throw new Error(`Seed refers to unknown ${value.ref} "${key}"`);
      ids.push(documentId);
    }
    return value.many ? ids : ids[0];
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveRefs(strapi, item)));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await resolveRefs(strapi, item)]),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** A stable hash of seed data (key order does not matter). */
function fingerprint(value: unknown): string {
  const canonical = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(canonical);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, canonical((item as Record<string, unknown>)[key])]),
      );
    }
    return item;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}
