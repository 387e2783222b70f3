import type { SiteLocale } from './locales';

/** Who publishes the series: named in the pages' citation tags and in every citation. */
export const PUBLISHER = 'International Drug Policy Consortium';

/** A publication's reference as APA and as Chicago print it, in one language. */
export interface FormattedCitations {
  apa: string;
  chicago: string;
}

/** The reference-manager files of a publication, with their media types. */
export const CITATION_FILES = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
} as const;
export type CitationFile = keyof typeof CITATION_FILES;

export const citationPath = (locale: SiteLocale, slug: string, file: CitationFile): string =>
  `/citations/${locale}/${encodeURIComponent(slug)}.${file}`;

/**
 * The parts of a CMS date (`2013-05-01`) that its precision vouches for: a date known to the month
 * has no day, one known to the year no month. None for an undated work: citations say "n.d.".
 */
export function datePartsOf(
  date: string | null | undefined,
  precision: string | null | undefined,
): number[] | undefined {
  if (!date) return undefined;
  const parts = date.split('-').map(Number);
  const count = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  return parts.slice(0, count);
}

/** A date written to its precision only (`2013-05`, `2013`), joined by `separator`. */
export function preciseDate(
  date: string | null | undefined,
  precision: string | null | undefined,
  separator = '-',
): string | undefined {
  return datePartsOf(date, precision)
    ?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join(separator);
}
