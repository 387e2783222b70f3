import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { missingFunction, type StrapiPatch } from './registry';

/** Document service actions that only read. */
const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

const readOnly = new AsyncLocalStorage<boolean>();

type TransactionCallback = (params: Record<string, unknown>) => unknown;

/**
 * Strapi's document service runs every call in a database transaction, reads included. For a
 * read, that buys nothing here: PostgreSQL (READ COMMITTED) gives each statement its own snapshot
 * anyway, and SQLite has one connection, which the transaction holds (so every other request
 * waits) from BEGIN to COMMIT. It costs a knex transaction object and two more statements per
 * read, a tenth of a public list request's CPU.
 *
 * Reads made through the document service run their statements directly. Writes, anything already
 * inside a transaction, and transactions opened by code a read calls are untouched.
 */
export function readDocumentsWithoutTransaction(strapi: Core.Strapi): void {
  const db = strapi.db as unknown as {
    transaction(callback?: TransactionCallback): Promise<unknown>;
    inTransaction(): boolean;
  };
  const transaction = db.transaction.bind(db);
  db.transaction = (callback) => {
    if (!callback || !readOnly.getStore() || db.inTransaction()) return transaction(callback);
    // Only the read's own wrapper goes without; what runs inside is back to Strapi's rules.
    return readOnly.run(false, async () => callback({}));
  };
  // The flag is set by the innermost middleware, so that it covers the read's own wrapper and not
  // what other middlewares do before it (which may open a transaction of their own).
  type Middleware = Parameters<typeof strapi.documents.use>[0];
  const markReads: Middleware = (context, next) =>
    readOnly.run(READ_ACTIONS.has(context.action), next);
  // Strapi's types say `use` returns the service; it returns the middleware's remover.
  type Use = (middleware: Middleware) => () => void;
  const use = strapi.documents.use as unknown as Use;
  let removeMarkReads = use(markReads);
  const useBeforeMarkReads: Use = (middleware) => {
    removeMarkReads();
    const remove = use(middleware);
    removeMarkReads = use(markReads);
    return remove;
  };
  strapi.documents.use = useBeforeMarkReads as unknown as typeof strapi.documents.use;
}

export const readsWithoutTransactionPatch: StrapiPatch = {
  name: 'reads-without-transaction',
  kind: 'performance',
  phase: 'register',
  replaces: '`strapi.db.transaction` and `strapi.documents.use`',
  mismatch: (strapi) => {
    const problem =
      missingFunction(strapi.db, 'strapi.db', ['transaction', 'inTransaction']) ??
      missingFunction(strapi.documents, 'strapi.documents', ['use']);
    if (problem) return problem;
    // The patch keeps its middleware innermost by removing it: `use` must hand back a remover.
    const remove = (strapi.documents.use as unknown as (middleware: unknown) => unknown)(
      (_context: unknown, next: () => unknown) => next(),
    );
    if (typeof remove !== 'function') return '`strapi.documents.use` returns no remover';
    remove();
    return undefined;
  },
  install: readDocumentsWithoutTransaction,
};
