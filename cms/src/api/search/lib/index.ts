import type { SearchType } from './searchable';
import type { SearchLocale, SnippetPart } from './text';

/** One published version of a document, as the search index keeps it. */
export interface SearchEntry {
  type: SearchType;
  documentId: string;
  locale: SearchLocale;
  slug: string;
  title: string;
  text: string;
}

/** A version that matched a query, before grouping and pagination. */
export interface SearchMatch {
  id: number;
  type: SearchType;
  documentId: string;
  locale: SearchLocale;
  slug: string;
  title: string;
  /** Higher is better: title matches weigh more than text matches. */
  rank: number;
}

/**
 * The full-text index of one database engine: PostgreSQL (tsvector, GIN, ts_rank, ts_headline)
 * or SQLite (FTS5 over stems, bm25). Both keep published versions only.
 */
export interface SearchIndex {
  /** Creates the index's table if missing. */
  ensure(): Promise<void>;
  /** Replaces what the index holds for one document (all its locales) with `entries`. */
  replace(type: SearchType, documentId: string, entries: SearchEntry[]): Promise<void>;
  /** Adds entries (a rebuild, after `clear`). */
  insert(entries: SearchEntry[]): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  /** Versions matching `query`, best first (at most `limit`). */
  matches(query: string, limit: number): Promise<SearchMatch[]>;
  /** The snippets of some matches, matched words marked. */
  snippets(query: string, matches: SearchMatch[]): Promise<Map<number, SnippetPart[]>>;
}
