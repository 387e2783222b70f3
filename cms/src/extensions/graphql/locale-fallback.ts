import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Core, UID } from '@strapi/strapi';
import { graphqlRequestScope } from './request-scope';

/**
 * Locale fallback, asked per request: a GraphQL request whose `extensions` carry
 * `"localeFallback": true` reads each document in the `locale` it asks for, else in the default
 * locale, else in another. Lists are then one query: filtered, sorted, counted and paginated by
 * the database over every language, and each entry's `locale` says which one it is in. Without the extension, a
 * locale means that locale only, as Strapi answers (partners' queries keep their meaning).
 *
 * Why `extensions`: it is the GraphQL-over-HTTP place for request options, it is part of a GET
 * request's URL (HTTP caches keep the two answers apart) and of the response cache's key.
 */
export const LOCALE_FALLBACK_EXTENSION = 'localeFallback';

interface RequestState {
  localeFallback?: boolean;
}
interface GraphQLContext {
  state?: RequestState;
}

/** Marks the request when it asks for locale fallback (the document middleware reads the mark). */
export function localeFallbackRequests(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (request.extensions?.[LOCALE_FALLBACK_EXTENSION] === true && contextValue.state) {
        contextValue.state.localeFallback = true;
      }
    },
  };
}

/** The response cache's key part: answers with and without fallback differ. */
export const asksLocaleFallback = (extensions: Record<string, unknown> | undefined): boolean =>
  extensions?.[LOCALE_FALLBACK_EXTENSION] === true;

const LIST_ACTIONS = new Set(['findMany', 'count']);
/** Set while a fallback reads another locale itself: that read is a plain one. */
const plainRead = new AsyncLocalStorage<boolean>();

interface ReadParams {
  locale?: string;
  status?: 'draft' | 'published';
  filters?: Record<string, unknown>;
}

/**
 * The document service side, for reads of localized types in a marked request. Each document is
 * read in the asked locale, else in the default one, else in any other (so no entry is missing
 * for want of a translation, whichever language the visitor reads):
 * - `findMany` / `count`: every locale's rows, each kept only when its document has no version in
 *   a locale earlier in that order (subqueries: one SQL statement). Strapi's own filters, sort and
 *   pagination then apply to that set.
 * - `findFirst` (single types): the first locale in that order that has it.
 */
export function readWithLocaleFallback(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
    if (!request?.state?.localeFallback || plainRead.getStore()) return next();
    if (!LIST_ACTIONS.has(context.action) && context.action !== 'findFirst') return next();
    const i18n = strapi.plugin('i18n');
    if (!i18n.service('content-types').isLocalizedContentType(context.contentType)) return next();
    const params = context.params as ReadParams;
    if (!params.locale || params.locale === '*') return next();
    const order = await fallbackOrder(strapi, params.locale);

    if (context.action === 'findFirst') {
      const found = await next();
      if (found || order.length < 2) return found;
      for (const locale of order.slice(1)) {
        const other = await plainRead.run(true, () =>
          strapi.documents(context.uid).findFirst({ ...params, locale } as never),
        );
        if (other) return other;
      }
      return null;
    }

    const versions = (locales: string[]) => versionsIn(strapi, context.uid, locales, params.status);
    const kept = order.map((locale, index) =>
      index === 0
        ? { locale }
        : { locale, documentId: { $notIn: versions(order.slice(0, index)) } },
    );
    params.locale = '*';
    params.filters = { $and: [...(params.filters ? [params.filters] : []), { $or: kept }] };
    return next();
  });
}

/** The asked locale, the default one, then the others (looked up once per GraphQL request). */
async function fallbackOrder(strapi: Core.Strapi, asked: string): Promise<string[]> {
  const scope = graphqlRequestScope(strapi);
  let locales = scope?.get('locales') as string[] | undefined;
  if (!locales) {
    const service = strapi.plugin('i18n').service('locales');
    const fallback = (await service.getDefaultLocale()) as string;
    const all = ((await service.find()) as { code: string }[]).map((locale) => locale.code);
    locales = [fallback, ...all.filter((code) => code !== fallback)];
    scope?.set('locales', locales);
  }
  return [asked, ...locales.filter((code) => code !== asked)];
}

/**
 * The documents that have a version in one of `locales` with the status read (draft or
 * published rows), as a knex subquery: Strapi's `$notIn` takes one as it is (checked at start,
 * see assertSubqueryFilters).
 */
function versionsIn(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  locales: string[],
  status: ReadParams['status'],
) {
  const { tableName } = strapi.db.metadata.get(uid);
  const query = strapi.db.connection(tableName).select('document_id').whereIn('locale', locales);
  if (!strapi.contentType(uid).options?.draftAndPublish) return query;
  return status === 'published'
    ? query.whereNotNull('published_at')
    : query.whereNull('published_at');
}

/**
 * readWithLocaleFallback gives Strapi's `$notIn` a knex subquery, which Strapi's query engine
 * passes into the SQL as it is; its documentation does not promise it. Checked at start on the
 * admin roles (the admin creates them before the app's bootstrap): if a Strapi upgrade changes
 * this, the start fails here, instead of lists silently showing an entry twice or not at all.
 */
export async function assertSubqueryFilters(strapi: Core.Strapi): Promise<void> {
  const uid = 'admin::role';
  const roles = strapi.db.query(uid);
  const everyRole = () => strapi.db.connection(strapi.db.metadata.get(uid).tableName).select('id');
  const total = await roles.count();
  const [inside, outside] = await Promise.all([
    roles.count({ where: { id: { $in: everyRole() } } }),
    roles.count({ where: { id: { $notIn: everyRole() } } }),
  ]).catch((error: unknown) => [(error as Error).message, (error as Error).message]);
  if (total === 0 || inside !== total || outside !== 0) {
    throw new Error(
      `Locale fallback cannot start: Strapi's $in/$notIn no longer take a knex subquery ` +
        `(${total} admin roles; ${String(inside)} in every role, ${String(outside)} outside). ` +
        `Give readWithLocaleFallback (src/extensions/graphql/locale-fallback.ts) document ids instead.`,
    );
  }
}
