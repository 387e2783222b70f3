// Packages without type declarations.
declare module '@citation-js/name' {
  /** Splits a personal name into CSL parts (given, family, particles). */
  export function parse(name: string): { given?: string; family?: string; literal?: string };
}
declare module 'style-chicago' {
  /** The CSL style in citeproc-js's JSON form. */
  const style: object;
  export default style;
}
