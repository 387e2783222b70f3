import { PublicationBySlugDocument } from '@mdle/api-client';
import type { H3Event } from 'h3';

/**
 * The CSL-JSON of the publication at `slug` as the site shows it in `locale`, or a 404. Asked
 * while its page renders (`event`), it shares the page's read of the publication.
 */
export async function publicationCitation(
  locale: unknown,
  slug: string | undefined,
  event?: H3Event,
) {
  if (!isSiteLocale(locale) || !slug) {
    throw createError({ statusCode: 404, statusMessage: 'No such publication' });
  }
  const { publications } = await queryCms(PublicationBySlugDocument, { locale, slug }, { event });
  const publication = publications[0];
  if (!publication) throw createError({ statusCode: 404, statusMessage: 'No such publication' });
  return { locale, item: publicationCsl(publication, locale) };
}

/** The APA and Chicago references of the publication at `slug`, in `locale`, or a 404. */
export async function publicationReferences(
  locale: unknown,
  slug: string | undefined,
  event?: H3Event,
): Promise<FormattedCitations> {
  const citation = await publicationCitation(locale, slug, event);
  return formattedCitations(citation.item, citation.locale);
}
