import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';

/** The content locales and the language each is searched in (PostgreSQL configuration). */
export const SEARCH_LANGUAGES = { en: 'english', fr: 'french' } as const;
export type SearchLocale = keyof typeof SEARCH_LANGUAGES;
export const isSearchLocale = (value: unknown): value is SearchLocale =>
  typeof value === 'string' && value in SEARCH_LANGUAGES;

/** Longest query searched: beyond it the rest is ignored (a query is a few words, not a page). */
export const MAX_QUERY_LENGTH = 200;
/** Most words a query matches on, for the same reason. */
export const MAX_QUERY_WORDS = 12;

// Control characters (and the highlight markers below) never reach the index or a query.
// eslint-disable-next-line no-control-regex -- that is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A visitor's query as searched: control characters removed, spaces collapsed, length capped. */
export function cleanQuery(query: string): string {
  return query.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Text as indexed: control characters removed, spaces collapsed. */
export const cleanText = (text: string): string =>
  text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();

/** The words of a text (letters and digits of any script), lower-cased, accents kept. */
export const words = (text: string): string[] =>
  text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const STEMMERS: Record<SearchLocale, (word: string) => string> = {
  en: stemEnglish,
  fr: stemFrench,
};

/** A word's stem in a language, accents removed: "policing" and "police" share "polic". */
export const stem = (word: string, locale: SearchLocale): string =>
  STEMMERS[locale](word.toLocaleLowerCase())
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

const STOPWORDS: Record<SearchLocale, Set<string>> = {
  en: new Set(englishStopwords),
  fr: new Set(frenchStopwords),
};

/** The stems a query looks for in one language: its words but the language's stop words. */
export const queryStems = (query: string, locale: SearchLocale): string[] => [
  ...new Set(
    words(query)
      .filter((word) => !STOPWORDS[locale].has(word))
      .slice(0, MAX_QUERY_WORDS)
      .map((word) => stem(word, locale)),
  ),
];

/** Every word of `text` as its stem, space-separated: what SQLite's full-text index holds. */
export const stems = (text: string, locale: SearchLocale): string =>
  words(text)
    .map((word) => stem(word, locale))
    .join(' ');

/** Plain text of Strapi blocks (paragraphs, headings, lists, quotes, links). */
export function blocksText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(blocksText).join(' ');
  if (value && typeof value === 'object') {
    const node = value as { text?: unknown; children?: unknown };
    if (typeof node.text === 'string') return node.text;
    return blocksText(node.children);
  }
  return '';
}

/** A piece of a search snippet: matched words are marked. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The start and end of a matched word in a PostgreSQL `ts_headline` (control characters). */
export const HEADLINE_START = '\u0002';
export const HEADLINE_END = '\u0003';

/** Splits a `ts_headline` answer into plain and matched parts. */
export function headlineParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of headline.split(HEADLINE_START)) {
    const end = piece.indexOf(HEADLINE_END);
    if (end === -1) parts.push({ text: piece, match: false });
    else
      parts.push(
        { text: piece.slice(0, end), match: true },
        { text: piece.slice(end + 1), match: false },
      );
  }
  return parts.filter((part) => part.text !== '');
}

/**
 * A snippet of `text` around its first words whose stem is one of `queryStems` (about `size`
 * words), with those words marked: what `ts_headline` gives on PostgreSQL, for SQLite.
 */
export function snippetParts(
  text: string,
  queryStems: Set<string>,
  locale: SearchLocale,
  size = 30,
): SnippetPart[] {
  const tokens = text.split(/(\s+)/);
  const isMatch = (token: string) =>
    words(token).some((word) => queryStems.has(stem(word, locale)));
  const first = Math.max(0, tokens.findIndex(isMatch));
  const start = Math.max(0, first - size / 2);
  const window = tokens.slice(start, start + size * 2);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  for (const token of window) {
    const match = isMatch(token);
    const last = parts.at(-1);
    if (last && last.match === match) last.text += token;
    else parts.push({ text: token, match });
  }
  if (start + size * 2 < tokens.length) parts.push({ text: ' …', match: false });
  return parts;
}
