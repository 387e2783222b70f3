/**
 * Turns the Content Manager list's filters (`filters[$and][n][field][$eq]=value`) into the CSV
 * route's parameters, so the export holds what the editor sees. Filters the route cannot apply
 * are returned apart, for the editor to be told.
 */
const SIMPLE_FIELDS = ['status', 'category', 'country'] as const;

interface ListFilters {
  $and?: Record<string, unknown>[];
}

export interface CsvQuery {
  params: Record<string, string>;
  ignored: string[];
}

function equalsValue(condition: unknown): string | undefined {
  const value = (condition as { $eq?: unknown } | undefined)?.$eq;
  return typeof value === 'string' ? value : undefined;
}

export function csvQueryFromListFilters(filters: ListFilters | undefined): CsvQuery {
  const params: Record<string, string> = {};
  const ignored: string[] = [];
  for (const clause of filters?.$and ?? []) {
    for (const [field, condition] of Object.entries(clause)) {
      const simple = (SIMPLE_FIELDS as readonly string[]).includes(field)
        ? equalsValue(condition)
        : undefined;
      const interest =
        field === 'interests' ? equalsValue((condition as { slug?: unknown }).slug) : undefined;
      if (simple !== undefined && !(field in params)) params[field] = simple;
      else if (interest !== undefined && !('interest' in params)) params.interest = interest;
      else ignored.push(field);
    }
  }
  return { params, ignored };
}
