import type { Core } from '@strapi/strapi';
import { afterDocumentWrite } from '../database/after-document-write';
import { SEARCHABLE, searchTypeOf } from '../api/search/lib/searchable';

const search = (strapi: Core.Strapi) => strapi.service('api::search.search');
const SEARCHABLE_UIDS = new Set<string>(Object.values(SEARCHABLE).map((spec) => spec.uid));

/**
 * Keeps the search index in step with what is published: each write of a searchable document
 * indexes its published versions again (publish, unpublish, delete, edits of published content).
 * A failure is logged, never the editor's error: `./mdle search:rebuild` repairs the index.
 */
export function indexDocumentsOnWrite(strapi: Core.Strapi): void {
  afterDocumentWrite(strapi, SEARCHABLE_UIDS, async ({ uid, documentId }) => {
    const type = searchTypeOf(uid);
    if (!type || !documentId) return;
    await search(strapi)
      .reindex(type, documentId)
      .catch((error: Error) =>
        strapi.log.error(`Search index: ${uid} ${documentId} not indexed: ${error.message}`),
      );
  });
}

/** Creates the index table, and fills it when empty (a new install, or one from before search). */
export async function ensureSearchIndex(strapi: Core.Strapi): Promise<void> {
  await search(strapi).ensure();
  if ((await search(strapi).count()) === 0) {
    const indexed = await search(strapi).rebuild();
    if (indexed) strapi.log.info(`Search index built (${indexed} published versions).`);
  }
}
