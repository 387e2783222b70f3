import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';

/** Strapi's own timestamps: never empty on the rows a list reads. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'publishedAt']);

type Sort = string | Record<string, unknown> | (string | Record<string, unknown>)[];

interface ListParams {
  sort?: Sort;
  filters?: Record<string, unknown>;
  start?: number;
  limit?: number;
  page?: number;
  pageSize?: number;
  [key: string]: unknown;
}

const WINDOW_PARAMS = new Set(['page', 'pageSize', 'start', 'limit']);

/** The two reads of one list (see listUndatedLast) pass through without being split again. */
const splitRead = new AsyncLocalStorage<true>();

/** The attribute a sort orders by first (`'date:desc'`, `['date:desc', …]`, `{ date: 'desc' }`). */
function leadingSortField(sort: Sort | undefined): string | undefined {
  const first = Array.isArray(sort) ? sort[0] : sort;
  if (typeof first === 'string') return first.split(':')[0]?.trim() || undefined;
  if (first && typeof first === 'object') return Object.keys(first)[0];
  return undefined;
}

/** The leading sort field when it is a date an entry may leave empty. */
function leadingOptionalDate(strapi: Core.Strapi, uid: UID.ContentType, sort: Sort | undefined) {
  const field = leadingSortField(sort);
  if (!field || TIMESTAMPS.has(field)) return undefined;
  const attributes = strapi.contentType(uid)?.attributes as
    Record<string, { type?: string; required?: boolean }> | undefined;
  const attribute = attributes?.[field];
  const isDate = attribute?.type === 'date' || attribute?.type === 'datetime';
  return isDate && !attribute.required ? field : undefined;
}

/** The window a list asks for, as start and limit (the document service takes either form). */
function windowOf(params: ListParams): { start: number; limit: number | undefined } {
  if (params.pageSize !== undefined) {
    const pageSize = Number(params.pageSize);
    return { start: (Math.max(Number(params.page ?? 1), 1) - 1) * pageSize, limit: pageSize };
  }
  const limit = params.limit === undefined || params.limit < 0 ? undefined : Number(params.limit);
  return { start: Number(params.start ?? 0), limit };
}

/**
 * A list sorted first by a date an entry may leave empty (a publication's date, a news article's,
 * an event's start) shows the undated entries last, in either direction and on both databases:
 * PostgreSQL sorts an empty value first in a descending sort and SQLite last, and Strapi's sort
 * has no "nulls last". A document-service middleware (the documented extension point), first of
 * all, so each of its two reads (the dated entries, then as many undated ones as the page still
 * has room for) goes through every other rule as a read of its own. A page the dated entries
 * fill costs one read, as before; a count is the same either way and is left alone.
 */
export function listUndatedLast(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'findMany' || splitRead.getStore()) return next();
    const params = (context.params ?? {}) as ListParams;
    const field = leadingOptionalDate(strapi, context.uid, params.sort);
    if (!field) return next();

    // The window is the split's to set: each read gets its own.
    const rest = Object.fromEntries(
      Object.entries(params).filter(([key]) => !WINDOW_PARAMS.has(key)),
    );
    const { start, limit } = windowOf(params);
    const documents = strapi.documents(context.uid);
    const withDate = (dated: boolean) => ({
      ...rest,
      filters: {
        $and: [
          ...(params.filters ? [params.filters] : []),
          { [field]: dated ? { $notNull: true } : { $null: true } },
        ],
      },
    });
    const read = (dated: boolean, window: { start: number; limit?: number }) =>
      splitRead.run(true, () => documents.findMany({ ...withDate(dated), ...window } as never));

    const dated = await read(true, { start, ...(limit === undefined ? {} : { limit }) });
    if (limit !== undefined && dated.length >= limit) return dated;
    // How many dated entries there are in all: known unless the window starts past them.
    const datedTotal =
      dated.length > 0 || start === 0
        ? start + dated.length
        : await splitRead.run(true, () =>
            documents.count({
              locale: params.locale,
              status: params.status,
              filters: withDate(true).filters,
            } as never),
          );
    const undated = await read(false, {
      start: Math.max(0, start - datedTotal),
      ...(limit === undefined ? {} : { limit: limit - dated.length }),
    });
    return [...dated, ...undated];
  });
}
