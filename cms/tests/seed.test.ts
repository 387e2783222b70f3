import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

// The seed runs at first start (bootstrap); these tests read what it wrote, then run it again.
type Doc = Record<string, unknown> & { documentId: string };

describe('seeded content', () => {
  let cms: TestCms;
  const docs = (uid: string) => cms.strapi.documents(uid as UID.ContentType);
  const findMany = (uid: string, params: Record<string, unknown> = {}) =>
    docs(uid).findMany({ status: 'published', ...params } as never) as Promise<Doc[]>;
  const findBySlug = async (uid: string, slug: string, locale = 'en', populate: unknown = '*') =>
    (await findMany(uid, { filters: { slug }, locale, populate }))[0]!;

  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it('has every entry of the seeds, published, in the languages the seeds give', async () => {
    const counts = async (uid: string) => [
      (await findMany(uid, { locale: 'en' })).length,
      (await findMany(uid, { locale: 'fr' })).length,
    ];
    expect(await counts('api::organisation.organisation')).toEqual([4, 4]); // not localized
    expect(await counts('api::person.person')).toEqual([10, 0]);
    expect(await counts('api::publication.publication')).toEqual([7, 0]);
    expect(await counts('api::event.event')).toEqual([4, 1]);
    expect(await counts('api::news-article.news-article')).toEqual([1, 0]);
    expect(await counts('api::topic.topic')).toEqual([1, 0]);
  });

  it('has the seven publications with their authors in the order the seeds give', async () => {
    const publications = await findMany('api::publication.publication', {
      locale: 'en',
      populate: { authors: { fields: ['name'] } },
    });
    const byTitle = Object.fromEntries(
      publications.map((p) => [p.title, (p.authors as { name: string }[]).map((a) => a.name)]),
    );
    expect(byTitle).toEqual({
      'Police support for harm reduction policies and practices towards people who inject drugs': [
        'Geoffrey Monaghan',
        'Dave Bewley-Taylor',
      ],
      'Focused deterrence, selective targeting, drug trafficking and organised crime: Concepts and practicalities':
        ['V. Felbab-Brown'],
      'Applying harm reduction principes to the policing of retail drug markets': ['A. Stevens'],
      'Practical implications of policing alternatives to arrest and prosecution for minor cannabis offences':
        ['Geoffrey Monaghan', 'Dave Bewley-Taylor'],
      'Drug law enforcement and financial investigation strategies': ['Michael Levi'],
      'Drug markets, security and foreign aid': ['Virginia Comolli', 'Claudia Hofmann'],
      'MDLE reports summary paper': [],
    });
    const summary = await findBySlug('api::publication.publication', 'mdle-reports-summary-paper');
    expect(summary.publicationType).toBe('summary_paper');
    for (const publication of publications) {
      expect(publication.documentLanguage).toBe('en');
      // The seeds give no date, PDF or number: nothing is invented.
      expect(publication.publicationDate).toBeNull();
      expect(publication.seriesNumber).toBeNull();
    }
  });

  it('has both seminars with their month, host and themes', async () => {
    const first = await findBySlug('api::event.event', 'first-seminar');
    const second = await findBySlug('api::event.event', 'second-seminar');
    expect(first).toMatchObject({ kind: 'seminar', seriesNumber: 1, startDate: '2013-03-01' });
    expect(first.datePrecision).toBe('month');
    expect((first.hosts as { acronym: string }[]).map((h) => h.acronym)).toEqual(['IISS']);
    expect(second).toMatchObject({ kind: 'seminar', seriesNumber: 2, startDate: '2013-09-01' });
    expect((second.hosts as { name: string }[]).map((h) => h.name)).toEqual(['Chatham House']);
    expect((second.themes as { text: string }[]).map((t) => t.text)).toEqual([
      'Cannabis regulated markets',
      'Foreign aid',
      'Financial investigation strategies',
    ]);
  });

  it('has the CND side event with its four speakers and about 70 delegates', async () => {
    const cnd = await findBySlug('api::event.event', 'cnd-side-event', 'en', {
      speakers: { fields: ['name', 'role', 'country'] },
    });
    expect(cnd).toMatchObject({ kind: 'side_event', attendance: 70, attendanceApproximate: true });
    expect(cnd.speakers).toEqual([
      expect.objectContaining({ name: 'Mike Trace' }),
      expect.objectContaining({ name: 'Dave Bewley-Taylor' }),
      expect.objectContaining({ name: 'Olivier Gueniat', role: 'Police chief', country: 'CH' }),
      expect.objectContaining({ name: 'Graham Bartlett', role: 'Police chief', country: 'GB' }),
    ]);
    const london = await findBySlug('api::event.event', 'london-law-enforcement-leaders-meeting');
    expect(london).toMatchObject({ kind: 'meeting', city: 'London', country: 'GB' });
  });

  it('has the OSCE 2020 conference in French only', async () => {
    const osce = await findBySlug('api::event.event', 'osce-2020-conference', 'fr');
    expect(osce.title).toBe(
      'Conférence 2020 de l’OSCE sur la lutte contre la menace des drogues illicites et le détournement de précurseurs chimiques',
    );
    expect(osce).toMatchObject({ kind: 'conference', datePrecision: 'year' });
    expect(osce.themes).toHaveLength(5);
    expect(osce.audience).toMatch(/^La conférence s’adresse aux experts/);
    expect((osce.organisers as { acronym: string }[])[0]!.acronym).toBe('OSCE');
    expect(
      await findMany('api::event.event', {
        locale: 'en',
        filters: { slug: 'osce-2020-conference' },
      }),
    ).toEqual([]);
  });

  it('has the launch news post and the law-enforcement topic page with its captioned figures', async () => {
    const launch = await findBySlug('api::news-article.news-article', 'project-launch', 'en', {
      events: { fields: ['slug'] },
    });
    expect((launch.events as { slug: string }[]).map((e) => e.slug).sort()).toEqual([
      'cnd-side-event',
      'london-law-enforcement-leaders-meeting',
    ]);
    expect(JSON.stringify(launch.body)).toContain('attended by around 70 delegates');
    const topic = await findBySlug('api::topic.topic', 'law-enforcement', 'en', {
      body: { populate: '*' },
    });
    const figures = (
      topic.body as { __component: string; caption?: string; image: unknown }[]
    ).filter((block) => block.__component === 'content.figure');
    expect(figures.map((f) => f.caption)).toEqual([
      'Destruction of cannabis crops in Mexico',
      'Training of police officers and military personnel on harm reduction in Bolivia',
    ]);
    expect(figures.every((f) => f.image === null)).toBe(true); // photos are not in the seeds
  });

  it('has the project page in English and French, with partners, period and workstreams', async () => {
    const populate = {
      partners: { populate: { organisation: { fields: ['acronym', 'name'] } } },
      workstreams: true,
    };
    const en = (await docs('api::project.project').findFirst({
      locale: 'en',
      status: 'published',
      populate,
    } as never)) as Doc;
    const fr = (await docs('api::project.project').findFirst({
      locale: 'fr',
      status: 'published',
      populate,
    } as never)) as Doc;
    for (const version of [en, fr]) {
      expect(version).toMatchObject({
        name: 'Modernising Drug Law Enforcement',
        acronym: 'MDLE',
        periodStart: '2012-08-01',
        periodEnd: '2013-11-30',
        periodPrecision: 'month',
        contactEmail: 'contact@idpc.net',
      });
      expect(
        (version.partners as { role: string; organisation: { name: string } }[]).map((p) => [
          p.role,
          p.organisation.name,
        ]),
      ).toEqual([
        ['lead', 'International Drug Policy Consortium'],
        ['participant', 'Chatham House'],
        ['participant', 'International Institute for Strategic Studies'],
      ]);
    }
    expect((en.workstreams as { title: string }[]).map((w) => w.title)).toEqual([
      'Publication series',
      'Network development',
      'Seminar series',
    ]);
    expect((fr.workstreams as { title: string }[]).map((w) => w.title)).toEqual([
      'Séries de publications',
      'Développement du réseau',
      'Série de séminaires',
    ]);
    expect(JSON.stringify(fr.objective)).toContain("L'objectif de ce projet");
  });
});
