import { parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';

/**
 * Locale fallback for the site: a visitor never meets a 404 or an empty list because an entry was
 * written in one language only. The CMS answers per locale (Strapi 5 has no "locale X, else Y"), so
 * the site asks each locale in turn and keeps, per document, the version in the preferred language.
 */

export type Variables = Record<string, unknown>;
type Runner = (variables: Variables) => Promise<Record<string, unknown>>;

interface Connection {
  nodes: Array<{ documentId: string } & Record<string, unknown>>;
  pageInfo: { page: number; pageSize: number; pageCount: number; total: number };
}

/** Largest page Strapi serves (plugins.graphql maxLimit); lists are read in pages of this size. */
const CMS_PAGE_SIZE = 100;
/**
 * Upper bound of entries read per locale to merge a list. The project publishes dozens of entries;
 * past this size the fallback belongs in the CMS (one query), not in the site.
 */
const MAX_MERGED_ENTRIES = 2_000;

/** Locales to try, preferred first: the visitor's, then every other one the site has. */
export function fallbackOrder(preferred: string, available: readonly string[]): string[] {
  return [preferred, ...available.filter((code) => code !== preferred)];
}

const isConnection = (value: unknown): value is Connection =>
  typeof value === 'object' && value !== null && 'nodes' in value && 'pageInfo' in value;

interface QueryShape {
  /** The operation's one root field, e.g. `publications_connection`. */
  rootField: string;
  /** Default value of each variable as declared in the document (`$sort: [String] = [...]`). */
  defaults: Variables;
}

const shapes = new Map<string, QueryShape>();

/** Reads (once per document) what the fallback needs to know about a query. */
export function queryShape(query: string): QueryShape {
  const known = shapes.get(query);
  if (known) return known;
  const operation = parse(query).definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  const root = operation?.selectionSet.selections.find((selection) => selection.kind === 'Field');
  const defaults: Variables = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  const shape = { rootField: root?.alias?.value ?? root?.name.value ?? '', defaults };
  shapes.set(query, shape);
  return shape;
}

const readPath = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : null,
      value,
    );

/**
 * Orders entries as Strapi's `sort` strings say ("publicationDate:desc", "title:asc"); missing
 * values last in either direction (SQLite and PostgreSQL disagree on that, the site does not).
 */
export function compareBySort(sort: readonly string[]) {
  const keys = sort.map((entry) => {
    const [path = '', direction = 'asc'] = entry.split(':');
    return { path, factor: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return (a: unknown, b: unknown): number => {
    for (const { path, factor } of keys) {
      const left = readPath(a, path);
      const right = readPath(b, path);
      if (left === right) continue;
      if (left === null || left === undefined) return 1;
      if (right === null || right === undefined) return -1;
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : collator.compare(String(left), String(right));
      if (order !== 0) return order * factor;
    }
    return 0;
  };
}

/** One entry per document, in the first locale of `lists` that has it. */
export function mergeByDocument<T extends { documentId: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const node of list) {
      if (seen.has(node.documentId)) continue;
      seen.add(node.documentId);
      merged.push(node);
    }
  }
  return merged;
}

async function readWholeConnection(
  run: Runner,
  field: string,
  variables: Variables,
): Promise<Connection['nodes']> {
  const nodes: Connection['nodes'] = [];
  for (let page = 1; nodes.length < MAX_MERGED_ENTRIES; page++) {
    const result = await run({ ...variables, page, pageSize: CMS_PAGE_SIZE });
    const connection = result[field];
    if (!isConnection(connection)) break;
    nodes.push(...connection.nodes);
    if (page >= connection.pageInfo.pageCount) break;
  }
  return nodes;
}

const positiveInteger = (value: unknown, fallback: number, max: number) =>
  Number.isInteger(value) && (value as number) >= 1 ? Math.min(value as number, max) : fallback;

const isMissing = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Runs a query with locale fallback. Its one root field decides how:
 * - a `*_connection` (a list): every locale's matches merged per document, sorted, paginated;
 * - a list of entries (`…BySlug`) or a single type: the first locale that has it.
 * The result has the document's own shape; each entry's `locale` says which language it is in.
 */
export async function runWithLocaleFallback(
  run: Runner,
  query: string,
  variables: Variables,
  locales: readonly string[],
): Promise<Record<string, unknown>> {
  const { rootField, defaults } = queryShape(query);

  if (rootField.endsWith('_connection') && locales.length > 1) {
    const withDefaults = { ...defaults, ...variables };
    const perLocale = await Promise.all(
      locales.map((locale) => readWholeConnection(run, rootField, { ...withDefaults, locale })),
    );
    const sort = Array.isArray(withDefaults.sort) ? (withDefaults.sort as string[]) : [];
    const merged = mergeByDocument(perLocale).sort(compareBySort(sort));
    const pageSize = positiveInteger(withDefaults.pageSize, 20, CMS_PAGE_SIZE);
    const pageCount = Math.max(1, Math.ceil(merged.length / pageSize));
    const page = positiveInteger(withDefaults.page, 1, Number.MAX_SAFE_INTEGER);
    const nodes = merged.slice((page - 1) * pageSize, page * pageSize);
    return {
      [rootField]: { nodes, pageInfo: { page, pageSize, pageCount, total: merged.length } },
    };
  }

  let first: Record<string, unknown> | undefined;
  for (const locale of locales) {
    const result = await run({ ...variables, locale });
    first ??= result;
    if (!isMissing(result[rootField])) return result;
  }
  return first ?? {};
}
