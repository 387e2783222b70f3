import type { LocaleCode } from '../bootstrap/locales';

/** A relation to other seeded entries, named by their seed keys (slugs); resolved at import. */
export interface SeedRef {
  readonly ref: SeedTypeName;
  readonly keys: readonly string[];
  readonly many: boolean;
}
export type SeedTypeName =
  'organisation' | 'person' | 'topic' | 'event' | 'publication' | 'news-article';

export const ref = (type: SeedTypeName, key: string): SeedRef => ({
  ref: type,
  keys: [key],
  many: false,
});
export const refs = (type: SeedTypeName, ...keys: string[]): SeedRef => ({
  ref: type,
  keys,
  many: true,
});

export type SeedValue =
  string | number | boolean | null | SeedRef | SeedValue[] | { [key: string]: SeedValue };
export type SeedData = Record<string, SeedValue | object>;

/**
 * One entry of starting content: its key (the slug, or "singleton" for single types) and its data
 * in each locale the source texts give it. No locale is invented.
 */
export interface SeedEntry {
  key: string;
  locales: Partial<Record<LocaleCode, SeedData>>;
}

export interface SeedCollection {
  uid: string;
  /** Field that identifies an entry (its slug); absent for single types. */
  keyField?: string;
  entries: SeedEntry[];
}
