/**
 * The public API as a partner site uses it: the typed documents of @mdle/api-client, sent over
 * HTTP by its client, anonymously, against the seeded CMS. Covers every example of docs/api.md.
 */
import {
  createGraphQLClient,
  EventBySlugDocument,
  EventsDocument,
  NewsArticleBySlugDocument,
  NewsArticlesDocument,
  PersonBySlugDocument,
  ProjectDocument,
  PublicationBySlugDocument,
  PublicationsDocument,
  SiteSettingsDocument,
  TopicBySlugDocument,
  type GraphQLClient,
} from '@mdle/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

describe('public GraphQL API contract', () => {
  let cms: TestCms;
  let request: GraphQLClient;
  beforeAll(async () => {
    cms = await bootCms();
    request = createGraphQLClient({ endpoint: `${cms.url}/graphql` });
  });
  afterAll(() => cms?.stop());

  it('lists publications with authors, newest first, with totals', async () => {
    const { publications_connection: page } = await request(PublicationsDocument, { locale: 'en' });
    expect(page!.pageInfo).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 7 });
    const levi = page!.nodes.find((node) => node.slug === 'financial-investigation-strategies');
    expect(levi).toMatchObject({
      title: 'Drug law enforcement and financial investigation strategies',
      documentLanguage: 'en',
      authors: [{ name: 'Michael Levi', slug: 'michael-levi' }],
    });
  });

  it('filters publications by author, type, language and text, and paginates', async () => {
    const byAuthor = await request(PublicationsDocument, {
      locale: 'en',
      filters: { authors: { slug: { eq: 'dave-bewley-taylor' } } },
      sort: ['title:asc'],
    });
    expect(byAuthor.publications_connection!.nodes.map((node) => node.slug)).toEqual([
      'police-support-for-harm-reduction',
      'policing-alternatives-minor-cannabis-offences',
    ]);
    const summaries = await request(PublicationsDocument, {
      locale: 'en',
      filters: { publicationType: { eq: 'summary_paper' } },
    });
    expect(summaries.publications_connection!.nodes.map((node) => node.title)).toEqual([
      'MDLE reports summary paper',
    ]);
    const search = await request(PublicationsDocument, {
      locale: 'en',
      filters: { title: { containsi: 'HARM' } },
    });
    expect(search.publications_connection!.pageInfo.total).toBe(2);
    const french = await request(PublicationsDocument, {
      locale: 'en',
      filters: { documentLanguage: { eq: 'fr' } },
    });
    expect(french.publications_connection!.pageInfo.total).toBe(0);
    const second = await request(PublicationsDocument, {
      locale: 'en',
      page: 2,
      pageSize: 3,
      sort: ['title:asc'],
    });
    expect(second.publications_connection!.pageInfo).toEqual({
      page: 2,
      pageSize: 3,
      pageCount: 3,
      total: 7,
    });
    expect(second.publications_connection!.nodes).toHaveLength(3);
  });

  it('answers with locale fallback when the request asks for it (docs/api.md, Languages)', async () => {
    const withFallback = createGraphQLClient({
      endpoint: `${cms.url}/graphql`,
      extensions: { localeFallback: true },
    });
    const english = await request(PublicationsDocument, { locale: 'en', pageSize: 100 });
    const french = await request(PublicationsDocument, { locale: 'fr', pageSize: 100 });
    const both = await withFallback(PublicationsDocument, { locale: 'fr', pageSize: 100 });
    const nodes = both.publications_connection!.nodes;
    // Every English report once, in French where a French version exists.
    expect(new Set(nodes.map((node) => node.documentId)).size).toBe(nodes.length);
    expect(both.publications_connection!.pageInfo.total).toBeGreaterThanOrEqual(
      english.publications_connection!.pageInfo.total,
    );
    expect(nodes.filter((node) => node.locale === 'fr')).toHaveLength(
      french.publications_connection!.pageInfo.total,
    );
    expect(nodes.some((node) => node.locale === 'en')).toBe(true);
  });

  it('filters publications by year', async () => {
    // The seeds give no publication dates: a year filter finds none, and never fails.
    const year = await request(PublicationsDocument, {
      locale: 'en',
      filters: { publicationDate: { between: ['2013-01-01', '2013-12-31'] } },
    });
    expect(year.publications_connection!.pageInfo.total).toBe(0);
  });

  it('returns one publication with its authors in order, PDF and language', async () => {
    const { publications } = await request(PublicationBySlugDocument, {
      locale: 'en',
      slug: 'drug-markets-security-foreign-aid',
    });
    expect(publications).toHaveLength(1);
    expect(publications[0]).toMatchObject({
      title: 'Drug markets, security and foreign aid',
      authors: [
        { name: 'Virginia Comolli', slug: 'virginia-comolli' },
        { name: 'Claudia Hofmann', slug: 'claudia-hofmann' },
      ],
      pdf: null, // no PDF in the seeds: never faked
      documentLanguage: 'en',
    });
  });

  it('lists events by kind and period, in both locales', async () => {
    const seminars = await request(EventsDocument, {
      locale: 'en',
      filters: { kind: { eq: 'seminar' } },
      sort: ['seriesNumber:asc'],
    });
    expect(
      seminars.events_connection!.nodes.map((node) => [
        node.seriesNumber,
        node.startDate,
        node.hosts.map((h) => h!.acronym ?? h!.name),
      ]),
    ).toEqual([
      [1, '2013-03-01', ['IISS']],
      [2, '2013-09-01', ['Chatham House']],
    ]);
    const past = await request(EventsDocument, {
      locale: 'en',
      filters: { startDate: { lt: '2026-01-01' } },
    });
    expect(past.events_connection!.pageInfo.total).toBe(2);
    const upcoming = await request(EventsDocument, {
      locale: 'en',
      filters: { startDate: { gte: '2026-01-01' } },
    });
    expect(upcoming.events_connection!.pageInfo.total).toBe(0);
    const french = await request(EventsDocument, { locale: 'fr' });
    expect(french.events_connection!.nodes.map((node) => node.slug)).toEqual([
      'osce-2020-conference',
    ]);
  });

  it('returns a seminar with its themes, and the side event with its speakers', async () => {
    const seminar = (await request(EventBySlugDocument, { locale: 'en', slug: 'second-seminar' }))
      .events[0]!;
    expect(seminar.themes!.map((theme) => theme!.text)).toEqual([
      'Cannabis regulated markets',
      'Foreign aid',
      'Financial investigation strategies',
    ]);
    expect(seminar.reports).toEqual([]);
    const side = (await request(EventBySlugDocument, { locale: 'en', slug: 'cnd-side-event' }))
      .events[0]!;
    expect(side.speakers.map((speaker) => speaker!.name)).toEqual([
      'Mike Trace',
      'Dave Bewley-Taylor',
      'Olivier Gueniat',
      'Graham Bartlett',
    ]);
    expect(side).toMatchObject({ attendance: 70, attendanceApproximate: true });
  });

  it('returns people with their publications and talks', async () => {
    const person = (
      await request(PersonBySlugDocument, { locale: 'en', slug: 'dave-bewley-taylor' })
    ).people[0]!;
    expect(person.publications).toHaveLength(2);
    expect(person.talks.map((talk) => talk!.slug)).toEqual(['cnd-side-event']);
  });

  it('returns the project in English and French', async () => {
    const en = (await request(ProjectDocument, { locale: 'en' })).project!;
    const fr = (await request(ProjectDocument, { locale: 'fr' })).project!;
    expect(
      en.partners!.map((partner) => [
        partner!.role,
        partner!.organisation!.acronym ?? partner!.organisation!.name,
      ]),
    ).toEqual([
      ['lead', 'IDPC'],
      ['participant', 'Chatham House'],
      ['participant', 'IISS'],
    ]);
    expect(en.workstreams!.map((w) => w!.key)).toEqual(fr.workstreams!.map((w) => w!.key));
    expect(fr.workstreams![0]!.title).toBe('Séries de publications');
  });

  it('returns news, the topic page and the site settings', async () => {
    const news = await request(NewsArticlesDocument, { locale: 'en' });
    expect(news.newsArticles_connection!.pageInfo.total).toBe(1);
    const launch = (
      await request(NewsArticleBySlugDocument, { locale: 'en', slug: 'project-launch' })
    ).newsArticles[0]!;
    expect(launch.events.map((event) => event!.slug).sort()).toEqual([
      'cnd-side-event',
      'london-law-enforcement-leaders-meeting',
    ]);
    const topic = (await request(TopicBySlugDocument, { locale: 'en', slug: 'law-enforcement' }))
      .topics[0]!;
    expect(topic.body!.map((block) => block!.__typename)).toEqual([
      'ComponentContentRichText',
      'ComponentContentFigure',
      'ComponentContentRichText',
      'ComponentContentFigure',
      'ComponentContentRichText',
    ]);
    const settings = await request(SiteSettingsDocument, { locale: 'fr' });
    expect(settings.global!.siteName).toBe('Modernising Drug Law Enforcement');
  });
});
