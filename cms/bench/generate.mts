import type { Core, UID } from '@strapi/strapi';

/**
 * Brings the generated publications (each with two authors, in English and French) up to `to`,
 * resuming from those already in the database. Returns how many there are.
 */
export async function generate(strapi: Core.Strapi, to: number): Promise<number> {
  const people = strapi.documents('api::person.person' as UID.ContentType);
  const publications = strapi.documents('api::publication.publication' as UID.ContentType);
  const pool = (
    await people.findMany({ locale: 'en', filters: { slug: { $startsWith: 'bench-' } } })
  ).map((p) => p.documentId);
  for (let index = pool.length; index < 200; index += 1) {
    const data = { name: `Bench Author ${index}`, slug: `bench-author-${index}` } as never;
    const person = await people.create({ locale: 'en', status: 'published', data });
    // French publications link French versions of their authors.
    await people.update({ documentId: person.documentId, locale: 'fr', status: 'published', data });
    pool.push(person.documentId);
  }
  const from = await publications.count({
    locale: 'en',
    filters: { slug: { $startsWith: 'generated-report-' } },
  });
  for (let index = from; index < to; index += 1) {
    const authors = [pool[index % pool.length]!, pool[(index * 7 + 3) % pool.length]!];
    const words = ['markets', 'policing', 'harm reduction', 'deterrence', 'aid'][index % 5];
    const data = {
      title: `Generated report ${index} on ${words}`,
      slug: `generated-report-${index}`,
      publicationType: index % 4 === 0 ? 'briefing' : 'report',
      documentLanguage: 'en',
      publicationDate: `20${10 + (index % 15)}-0${1 + (index % 9)}-15`,
      abstract: `Abstract of generated report ${index}.`,
      authors,
    };
    const created = await publications.create({
      locale: 'en',
      status: 'published',
      data: data as never,
    });
    await publications.update({
      documentId: created.documentId,
      locale: 'fr',
      status: 'published',
      data: { ...data, abstract: `Résumé du rapport ${index}.` } as never,
    });
    if ((index + 1) % 1000 === 0) console.info(`  generated ${index + 1} publications`);
  }
  return Math.max(from, to);
}
