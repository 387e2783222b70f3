import { Cite, plugins, type CSL, type CSLName } from '@citation-js/core';
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

/** The reference as APA and Chicago would print it, with the terms of the page's language. */
export function formattedCitations(
  item: CSL,
  locale: SiteLocale,
): { apa: string; chicago: string } {
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
