import { PublicationBySlugDocument } from '@mdle/api-client';

/** The CSL-JSON of the publication at `slug` as the site shows it in `locale`, or a 404. */
export async function publicationCitation(locale: unknown, slug: string | undefined) {
  if (!isSiteLocale(locale) || !slug) {
    throw createError({ statusCode: 404, statusMessage: 'No such publication' });
  }
  const { publications } = await queryCms(PublicationBySlugDocument, { locale, slug });
  const publication = publications[0];
  if (!publication) throw createError({ statusCode: 404, statusMessage: 'No such publication' });
  return { locale, item: publicationCsl(publication, locale) };
}

/** The APA and Chicago references of the publication at `slug`, in `locale`, or a 404. */
export async function publicationReferences(
  locale: unknown,
  slug: string | undefined,
): Promise<FormattedCitations> {
  const citation = await publicationCitation(locale, slug);
  return formattedCitations(citation.item, citation.locale);
}
