import type { Core } from '@strapi/strapi';
import { afterCommit } from './after-commit';

/** Document actions that can change what the public sees (draft writes included: cheap, safe). */
const WRITE_ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
]);

export interface DocumentWrite {
  uid: string;
  action: string;
  documentId: string | undefined;
}

/**
 * Runs `handle` after every write of a document of the `uids` types, once the write has committed
 * and before the document action returns (Strapi's `entry.*` events come later, unawaited). A
 * document-service middleware: the documented extension point for this.
 */
export function afterDocumentWrite(
  strapi: Core.Strapi,
  uids: ReadonlySet<string>,
  handle: (write: DocumentWrite) => Promise<unknown>,
): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (WRITE_ACTIONS.has(context.action) && uids.has(context.uid)) {
      const documentId =
        (context.params as { documentId?: string } | undefined)?.documentId ??
        (result as { documentId?: string } | null | undefined)?.documentId;
      await afterCommit(strapi, () =>
        handle({ uid: context.uid, action: context.action, documentId }),
      );
    }
    return result;
  });
}
