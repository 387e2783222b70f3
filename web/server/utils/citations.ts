import { Cite, plugins, type CSL, type CSLName } from '@citation-js/core';
import { LRUCache } from 'lru-cache';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseName } from '@citation-js/name';
import type { PublicationBySlugQuery } from '@mdle/api-client';
// Chicago Manual of Style 17th edition (author-date), from the CSL project; APA ships with plugin-csl.
import chicago from 'style-chicago';

type Publication = NonNullable<PublicationBySlugQuery['publications'][number]>;

interface CslConfig {
  styles: { has(name: string): boolean; add(name: string, style: object): void };
}
const { styles } = plugins.config.get('@csl') as unknown as CslConfig;
if (!styles.has('chicago')) styles.add('chicago', chicago);

/** CSL locales bundled with plugin-csl for each site language. */
const CSL_LOCALES: Record<SiteLocale, string> = { en: 'en-US', fr: 'fr-FR' };

/** One publication as CSL-JSON, the data every citation format is written from. */
export function publicationCsl(publication: Publication, locale: SiteLocale): CSL {
  const issued = datePartsOf(
    publication.publicationDate as string | null,
    publication.datePrecision,
  );
  return {
    id: publication.slug,
    type: 'report',
    title: publication.title,
    author: publication.authors
      .filter((author) => author !== null)
      .map((author): CSLName => parseName(author.name)),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    publisher: PUBLISHER,
    'collection-title': 'Modernising Drug Law Enforcement',
    ...(publication.seriesNumber ? { number: String(publication.seriesNumber) } : {}),
    language: publication.documentLanguage,
    URL: siteUrl(contentPagePath('publications', locale, publication.slug)),
    ...(publication.abstract ? { abstract: publication.abstract } : {}),
  } as CSL;
}

/**
 * Formatted references by their input (the CSL item and the language). citeproc spends ~5 ms on
 * the two styles, a third of a publication page's render; a publish empties every page, while a
 * reference changes only with its publication's metadata, which changes the key.
 */
const formatted = new LRUCache<string, FormattedCitations>({ max: 2_000 });

/** The reference as APA and Chicago would print it, with the terms of the page's language. */
export function formattedCitations(item: CSL, locale: SiteLocale): FormattedCitations {
  const key = `${locale}\n${JSON.stringify(item)}`;
  const known = formatted.get(key);
  if (known) return known;
  const citations = formatCitations(item, locale);
  formatted.set(key, citations);
  return citations;
}

function formatCitations(item: CSL, locale: SiteLocale): FormattedCitations {
  const cite = new Cite(item);
  const render = (template: string) =>
    (
      cite.format('bibliography', { format: 'text', template, lang: CSL_LOCALES[locale] }) as string
    ).trim();
  return { apa: render('apa'), chicago: render('chicago') };
}

/** The reference as a file for reference managers: BibTeX, RIS or CSL-JSON. */
export function citationFile(item: CSL, file: CitationFile): string {
  const cite = new Cite(item);
  if (file === 'bib') return cite.format('bibtex') as string;
  if (file === 'ris') {
    // plugin-ris registers `ris` at run time; core's types list only its built-in formats.
    return (cite.format as (format: string) => string)('ris');
  }
  return JSON.stringify([item], null, 2);
}
