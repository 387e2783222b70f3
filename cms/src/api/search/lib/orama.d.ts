// @orama/stemmers and @orama/stopwords publish their languages as package `exports`, which the
// CMS's CommonJS `node` module resolution does not read: their declarations, restated.
declare module '@orama/stemmers/english' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/french' {
  export function stemmer(word: string): string;
}
declare module '@orama/stopwords/english' {
  export const stopwords: string[];
}
declare module '@orama/stopwords/french' {
  export const stopwords: string[];
}
