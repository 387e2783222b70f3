import type { Core } from '@strapi/strapi';
import { isPublicContentRequest } from './published-only';

const SUBSCRIBED = Symbol.for('mdle.publishedRows.subscribed');

/**
 * The database-level half of "public requests see published content only".
 *
 * Pinning the document service to `status: 'published'` (published-only.ts) covers the rows a
 * query starts from, but not the rows it reaches through relations: `localizations` joins every
 * row that shares the document id (drafts included), and a relation filter such as
 * `filters: { localizations: { title: … } }` joins them too. GraphQL relation fields load with
 * `db.query().load()`, outside the document service. So every read the database runs for a public
 * request (find, findOne, count, the `load` behind relation fields) is rewritten here, with
 * Strapi's documented database lifecycle hooks:
 * - each relation condition in `where`, at any depth, also requires the joined row to be
 *   published when its type has draft & publish (no search oracle on draft text);
 * - the query's `filters`, which Strapi applies to the root query and to every populated relation,
 *   requires published rows of every draft & publish type (no draft through a populate or a load).
 */
export function restrictPublicReadsToPublishedRows(strapi: Core.Strapi): void {
  // Once per instance, whichever copy of this module runs the lifecycle again (seed tests).
  const subscribed = strapi as Core.Strapi & { [SUBSCRIBED]?: true };
  if (subscribed[SUBSCRIBED]) return;
  subscribed[SUBSCRIBED] = true;
  const guard = new PublishedRowsGuard(strapi);
  const onRead = (event: { model: { uid: string }; params?: object }) => {
    if (!event.params || !isPublicContentRequest(strapi)) return;
    guard.restrict(event.model.uid, event.params as QueryParams);
  };
  strapi.db.lifecycles.subscribe({
    beforeFindOne: onRead,
    beforeFindMany: onRead,
    beforeCount: onRead,
  });
}

type Where = unknown;
type FiltersFunction = (context: { meta: { uid: string } }) => Where;
export interface QueryParams {
  where?: Where;
  filters?: Where | FiltersFunction;
  populate?: unknown;
  [key: string]: unknown;
}
interface Attribute {
  type: string;
  target?: string;
}

const PUBLISHED = { publishedAt: { $notNull: true } } as const;
const GROUP_OPERATORS = new Set(['$and', '$or']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export class PublishedRowsGuard {
  private readonly strapi: Core.Strapi;

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  /** Rewrites a database query (root and populated relations) in place. */
  restrict(uid: string, params: QueryParams): void {
    if (params.where !== undefined) params.where = this.where(params.where, uid);
    params.filters = this.filters(params.filters);
    if (params.populate !== undefined) params.populate = this.populate(params.populate, uid);
  }

  private hasDraftAndPublish(uid: string): boolean {
    const model = this.strapi.contentTypes[uid as keyof typeof this.strapi.contentTypes] as
      { options?: { draftAndPublish?: boolean } } | undefined;
    return model?.options?.draftAndPublish === true;
  }

  private attribute(uid: string, key: string): Attribute | undefined {
    const meta = this.strapi.db.metadata.get(uid) as
      { attributes: Record<string, Attribute> } | undefined;
    return meta?.attributes[key];
  }

  private where(where: Where, uid: string): Where {
    if (Array.isArray(where)) return where.map((condition) => this.where(condition, uid));
    if (!isRecord(where)) return where;
    const guarded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(where)) {
      const attribute = this.attribute(uid, key);
      if (GROUP_OPERATORS.has(key) || key === '$not') guarded[key] = this.where(value, uid);
      else if (attribute?.type === 'relation' && attribute.target)
        guarded[key] = this.relationWhere(value, attribute.target);
      else guarded[key] = value;
    }
    return guarded;
  }

  /** A relation condition in any shape Strapi accepts: an id, an operator on the id, a where. */
  private relationWhere(value: unknown, target: string): unknown {
    const operators = isRecord(value)
      ? Object.keys(value).filter((key) => key.startsWith('$'))
      : [];
    const onTarget =
      isRecord(value) && !(operators.length === 1 && !GROUP_OPERATORS.has(operators[0] ?? ''))
        ? this.where(value, target)
        : undefined;
    if (!this.hasDraftAndPublish(target)) return onTarget ?? value;
    return { $and: [onTarget ?? { id: value }, PUBLISHED] };
  }

  private filters(filters: QueryParams['filters']): FiltersFunction {
    return ({ meta, ...rest }) => {
      const own = typeof filters === 'function' ? filters({ meta, ...rest }) : filters;
      const conditions = [own, this.hasDraftAndPublish(meta.uid) ? PUBLISHED : undefined].filter(
        (condition) => isRecord(condition) && Object.keys(condition).length > 0,
      );
      if (conditions.length === 0) return undefined;
      return conditions.length > 1 ? { $and: conditions } : conditions[0];
    };
  }

  private populate(populate: unknown, uid: string): unknown {
    // Names, `true` or `*`: the populated relations inherit the root query's `filters`.
    if (!isRecord(populate)) return populate;
    const guarded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(populate)) {
      const target = this.attribute(uid, key)?.target;
      if (!isRecord(value) || !target) {
        guarded[key] = value;
        continue;
      }
      const nested: QueryParams = { ...value };
      if (nested.where !== undefined) nested.where = this.where(nested.where, target);
      // A populate with filters of its own does not inherit the root's: guard them too.
      if (nested.filters !== undefined) nested.filters = this.filters(nested.filters);
      if (nested.populate !== undefined) nested.populate = this.populate(nested.populate, target);
      guarded[key] = nested;
    }
    return guarded;
  }
}
