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

/** Which page of a search to cut: the visitor's language, an optional kind, a window of hits. */
export interface SearchWindow {
  /** The version in this language is the one shown when it matches too. */
  locale: SearchLocale;
  type?: SearchType | null;
  offset: number;
  limit: number;
}

/** A page of a search as the index answers it: every kind's count, and the page's entries. */
export interface SearchPage {
  counts: { type: SearchType; count: number }[];
  /** Ids of the page's entries, best first. */
  ids: number[];
}

/** A hit as the visitor sees it. */
export interface SearchHit {
  id: number;
  type: SearchType;
  documentId: string;
  locale: SearchLocale;
  slug: string;
  title: string;
  snippet: SnippetPart[];
}

/** A page entry's row, as both engines select it from their `search_entries` table. */
export interface SearchHitRow {
  id: number;
  content_type: SearchType;
  document_id: string;
  locale: SearchLocale;
  slug: string;
  title: string;
}

/** A row as the visitor sees it, with the engine's own marked snippet. */
export const searchHitOf = (row: SearchHitRow, snippet: SnippetPart[]): SearchHit => ({
  id: row.id,
  type: row.content_type,
  documentId: row.document_id,
  locale: row.locale,
  slug: row.slug,
  title: row.title,
  snippet,
});

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
  /**
   * Matches of `query` in any language, one per document, best first (title matches weigh more
   * than text matches): counted per kind and cut to one page, all in the database.
   */
  page(query: string, window: SearchWindow): Promise<SearchPage>;
  /** The entries of a page, in no particular order, with their matched words marked. */
  hits(query: string, ids: number[]): Promise<SearchHit[]>;
}
