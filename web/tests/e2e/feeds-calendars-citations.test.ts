/**
 * What other tools read from the built site over the real CMS: feeds (RSS 2.0, Atom, JSON Feed
 * 1.1), calendars (iCalendar) and citations (APA, Chicago, BibTeX, RIS, CSL-JSON), read back with
 * real parsers: @rowanmanning/feed-parser and fast-xml-parser, Mozilla's ical.js, citation-js.
 */
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsEditor } from './editor';
import { startServers, type Servers } from './stack';

const PUBLICATION = 'api::publication.publication';
const EVENT = 'api::event.event';
/** The site's public address, as behind a proxy: feeds and calendars link there, not to the server. */
const SITE = 'https://mdle.example.org';

describe('feeds, calendars and citations', () => {
  let servers: Servers;
  let editor: Awaited<ReturnType<typeof signInAsEditor>>;
  beforeAll(async () => {
    servers = await startServers({}, { NUXT_PUBLIC_SITE_URL: SITE });
    editor = await signInAsEditor(servers);
    // Two events known to the day: an evening in London in summer (BST, UTC+1) and a two-day
    // meeting without times. The seeded seminars are known to the month or the year only.
    for (const event of [
      {
        title: 'Evening seminar on policing markets',
        slug: 'evening-seminar',
        kind: 'seminar',
        startDate: '2027-07-15',
        datePrecision: 'day',
        startTime: '18:30:00.000',
        endTime: '20:00:00.000',
        timeZone: 'Europe/London',
        venue: 'Chatham House',
        city: 'London',
        country: 'GB',
        summary: 'An evening seminar.',
      },
      {
        title: 'Two-day expert meeting',
        slug: 'two-day-meeting',
        kind: 'meeting',
        startDate: '2027-06-01',
        endDate: '2027-06-02',
        datePrecision: 'day',
        city: 'Vienna',
        country: 'AT',
      },
    ]) {
      await editor.publish(EVENT, await editor.create(EVENT, event));
    }
  });
  afterAll(() => servers?.stop());

  const get = (path: string) => fetch(servers.web.url + path);
  const text = async (path: string, type: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')?.replace(/;\s*/, '; ')).toBe(
      `${type}; charset=utf-8`,
    );
    return response.text();
  };
  const xml = new XMLParser({ ignoreAttributes: false });

  describe('feeds', () => {
    it.each(['en', 'fr'] as const)(
      'offers publications, news and events as valid RSS 2.0 and Atom (%s)',
      async (locale) => {
        for (const kind of ['publications', 'news', 'events']) {
          const rss = await text(`/feeds/${locale}/${kind}.rss`, 'application/rss+xml');
          expect(XMLValidator.validate(rss)).toBe(true);
          const channel = xml.parse(rss).rss.channel;
          for (const element of ['title', 'link', 'description']) {
            expect(channel[element], `${kind} RSS ${element}`).toBeTruthy();
          }
          expect(channel.language).toBe(locale);

          const atom = await text(`/feeds/${locale}/${kind}.atom`, 'application/atom+xml');
          expect(XMLValidator.validate(atom)).toBe(true);
          const feed = xml.parse(atom).feed;
          for (const element of ['id', 'title', 'updated']) {
            expect(feed[element], `${kind} Atom ${element}`).toBeTruthy();
          }
          const entries = [feed.entry ?? []].flat() as Record<string, unknown>[];
          for (const entry of entries) {
            for (const element of ['id', 'title', 'updated']) expect(entry[element]).toBeTruthy();
          }

          for (const body of [rss, atom]) {
            const parsed = parseFeed(body);
            expect(parsed.language).toBe(locale);
            expect(parsed.items.length).toBeGreaterThan(0);
            for (const item of parsed.items) {
              expect(item.title).toBeTruthy();
              // Absolute links to the page in the feed's language.
              const path = new URL(item.url!).pathname;
              expect(item.url!.startsWith(`${SITE}/`)).toBe(true);
              expect(path.startsWith('/fr/')).toBe(locale === 'fr');
              expect(item.published?.getTime()).toBeGreaterThan(0);
            }
          }
        }
      },
    );

    it('offers JSON Feed 1.1, with each item’s language', async () => {
      const body = await text('/feeds/fr/publications.json', 'application/feed+json');
      const feed = JSON.parse(body) as {
        version: string;
        title: string;
        language: string;
        feed_url: string;
        items: {
          id: string;
          url: string;
          title: string;
          date_published: string;
          language: string;
          authors?: { name: string }[];
        }[];
      };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe('fr');
      expect(feed.title).toBe('Publications du MDLE');
      expect(feed.feed_url).toBe(`${SITE}/feeds/fr/publications.json`);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.id).toBe(item.url);
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
        expect(['en', 'fr']).toContain(item.language);
      }
      // English-only reports are listed on the French site (locale fallback), marked as English.
      expect(feed.items.some((item) => item.language === 'en')).toBe(true);
      expect(feed.items.some((item) => item.authors?.length)).toBe(true);
      // A kind with entries in both languages lists both on the French feed, each marked.
      const events = JSON.parse(
        await text('/feeds/fr/events.json', 'application/feed+json'),
      ) as typeof feed;
      expect(new Set(events.items.map((item) => item.language))).toEqual(new Set(['en', 'fr']));
    });

    it('adds a publication to the feed when an editor publishes it', async () => {
      const before = parseFeed(await text('/feeds/en/publications.rss', 'application/rss+xml'));
      const today = new Date().toISOString().slice(0, 10);
      const title = 'A report published while the feed was cached';
      const documentId = await editor.create(PUBLICATION, {
        title,
        slug: 'feed-test-report',
        publicationType: 'report',
        documentLanguage: 'en',
        publicationDate: today,
        datePrecision: 'day',
        abstract: 'Published by the feed test.',
      });
      expect(before.items.map((item) => item.title)).not.toContain(title);
      await editor.publish(PUBLICATION, documentId);
      await expect
        .poll(
          async () =>
            parseFeed(await text('/feeds/en/publications.rss', 'application/rss+xml')).items[0]
              ?.title,
          { timeout: 15_000, interval: 250 },
        )
        .toBe(title);
      const atom = parseFeed(await text('/feeds/en/publications.atom', 'application/atom+xml'));
      expect(atom.items[0]!.url).toBe(`${SITE}/publications/feed-test-report`);
      expect(atom.items[0]!.published?.toISOString().slice(0, 10)).toBe(today);
      expect(atom.updated!.getTime()).toBeGreaterThanOrEqual(atom.items[0]!.updated!.getTime());
    });

    it('is announced on the list pages for feed readers to find', async () => {
      for (const [path, locale, kind] of [
        ['/publications', 'en', 'publications'],
        ['/fr/actualites', 'fr', 'news'],
        ['/fr/evenements', 'fr', 'events'],
      ] as const) {
        const html = await text(path, 'text/html');
        for (const [format, type] of [
          ['rss', 'application/rss+xml'],
          ['atom', 'application/atom+xml'],
          ['json', 'application/feed+json'],
        ] as const) {
          const href = `/feeds/${locale}/${kind}.${format}`;
          expect(html).toMatch(
            new RegExp(
              `<link[^>]*rel="alternate"[^>]*type="${type.replace('+', '\\+')}"[^>]*href="${href}"`,
            ),
          );
          expect(html).toContain(`<a href="${href}"`);
        }
      }
    });

    it('answers 404 for a feed that does not exist', async () => {
      for (const path of [
        '/feeds/de/publications.rss',
        '/feeds/en/people.rss',
        '/feeds/en/news.xml',
      ]) {
        expect((await get(path)).status, path).toBe(404);
      }
    });
  });

  describe('calendars', () => {
    const events = (body: string) =>
      new ICAL.Component(ICAL.parse(body) as unknown[])
        .getAllSubcomponents('vevent')
        .map((component) => ({ component, event: new ICAL.Event(component) }));

    it('holds every event known to the day, at the venue’s time, and no invented day', async () => {
      const calendar = events(await text('/calendars/en/events.ics', 'text/calendar'));
      const titles = calendar.map(({ event }) => event.summary).sort();
      // The seeded seminars are dated to a month or a year: left out, not put on the 1st.
      expect(titles).toEqual(['Evening seminar on policing markets', 'Two-day expert meeting']);

      const evening = calendar.find(({ event }) => event.summary.startsWith('Evening'))!;
      // 18:30 in London in July is 17:30 UTC.
      expect(evening.event.startDate.toJSDate().toISOString()).toBe('2027-07-15T17:30:00.000Z');
      expect(evening.event.endDate.toJSDate().toISOString()).toBe('2027-07-15T19:00:00.000Z');
      expect(evening.event.location).toBe('Chatham House, London, GB');
      expect(evening.component.getFirstPropertyValue('url')).toBe(`${SITE}/events/evening-seminar`);

      const meeting = calendar.find(({ event }) => event.summary.startsWith('Two-day'))!;
      // All day, 1 and 2 June: iCalendar's end date is the day after.
      expect(meeting.event.startDate.isDate).toBe(true);
      expect(meeting.event.startDate.toString()).toBe('2027-06-01');
      expect(meeting.event.endDate.toString()).toBe('2027-06-03');
    });

    it('gives each event known to the day its own file, linked from its page, in both languages', async () => {
      const file = await get('/calendars/fr/events/evening-seminar.ics');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toContain('evening-seminar.ics');
      const [only, ...rest] = events(await file.text());
      expect(rest).toEqual([]);
      expect(only!.component.getFirstPropertyValue('url')).toBe(
        `${SITE}/fr/evenements/evening-seminar`,
      );

      const english = await text('/events/evening-seminar', 'text/html');
      expect(english).toContain('href="/calendars/en/events/evening-seminar.ics"');
      expect(english).toContain('Add to calendar');
      const french = await text('/fr/evenements/evening-seminar', 'text/html');
      expect(french).toContain('href="/calendars/fr/events/evening-seminar.ics"');
      expect(french).toContain('Ajouter au calendrier');
    });

    it('says on the page why a seminar known only to the month has no calendar file', async () => {
      const page = await text('/events/first-seminar', 'text/html');
      expect(page).toContain('Only the month of this event is known');
      expect(page).not.toContain('/calendars/en/events/first-seminar.ics');
      expect((await get('/calendars/en/events/first-seminar.ics')).status).toBe(404);
      expect((await get('/calendars/en/events/no-such-event.ics')).status).toBe(404);
    });
  });

  describe('citations', () => {
    const SEEDED = 'financial-investigation-strategies';

    it('shows APA and Chicago in the page’s language, "n.d." for an undated report', async () => {
      const english = await text(`/publications/${SEEDED}`, 'text/html');
      expect(english).toContain('Cite this');
      expect(english).toContain(
        'Levi, M. (n.d.). Drug law enforcement and financial investigation strategies (Modernising Drug Law Enforcement). International Drug Policy Consortium.',
      );
      expect(english).toContain(
        'Levi, Michael. n.d. “Drug Law Enforcement and Financial Investigation Strategies.”',
      );
      // French terms: « sans date », French quotation marks.
      const french = await text(`/fr/publications/${SEEDED}`, 'text/html');
      expect(french).toContain('Citer ce document');
      // (CSL's French terms use no-break spaces.)
      expect(french).toMatch(/Levi, M\. \(s\.\sd\.\)\. Drug law enforcement/);
      expect(french).toMatch(/Levi, Michael\. s\.\sd\. «\sDrug Law Enforcement/);
      for (const file of ['bib', 'ris', 'json']) {
        expect(french).toContain(`href="/citations/fr/${SEEDED}.${file}"`);
      }
    });

    it('offers BibTeX, RIS and CSL-JSON that read back with the same title and authors', async () => {
      const csl = JSON.parse(
        await text(`/citations/en/${SEEDED}.json`, 'application/vnd.citationstyles.csl+json'),
      ) as CSL[];
      expect(csl).toHaveLength(1);
      expect(csl[0]!.title).toBe('Drug law enforcement and financial investigation strategies');
      expect(csl[0]!.author).toEqual([{ given: 'Michael', family: 'Levi' }]);
      expect(csl[0]!.issued).toBeUndefined(); // undated: no date is invented
      expect(csl[0]!.URL).toBe(`${SITE}/publications/${SEEDED}`);

      for (const [file, type] of [
        ['bib', 'application/x-bibtex'],
        ['ris', 'application/x-research-info-systems'],
      ] as const) {
        const response = await get(`/citations/en/${SEEDED}.${file}`);
        expect(response.headers.get('content-disposition')).toContain(`${SEEDED}.${file}`);
        const body = await text(`/citations/en/${SEEDED}.${file}`, type);
        const [read] = new Cite(body).data as CSL[];
        expect(read!.title, file).toBe(csl[0]!.title);
        expect(
          read!.author?.map(({ given, family }) => ({ given, family })),
          file,
        ).toEqual(csl[0]!.author);
      }
    });

    it('dates a report to the precision its editor gave, nothing more', async () => {
      const documentId = await editor.create(PUBLICATION, {
        title: 'A report dated to the month',
        slug: 'month-dated-report',
        publicationType: 'report',
        documentLanguage: 'en',
        publicationDate: '2014-05-01',
        datePrecision: 'month',
        seriesNumber: 9,
      });
      await editor.publish(PUBLICATION, documentId);
      const [csl] = JSON.parse(
        await text(
          '/citations/en/month-dated-report.json',
          'application/vnd.citationstyles.csl+json',
        ),
      ) as CSL[];
      expect(csl!.issued).toEqual({ 'date-parts': [[2014, 5]] });
      expect(csl!.number).toBe('9');
      const page = await text('/publications/month-dated-report', 'text/html');
      expect(page).toContain('<meta name="citation_publication_date" content="2014/05">');
      // APA and Chicago with the year only (no author: the title leads).
      expect(page).toContain(
        'A report dated to the month (No. 9; Modernising Drug Law Enforcement). (2014).',
      );
      expect(page).toContain('“A Report Dated to the Month.” 2014.');
    });

    it('answers 404 for a publication or a format that does not exist', async () => {
      for (const path of [
        '/citations/en/no-such-report.bib',
        `/citations/en/${SEEDED}.docx`,
        `/citations/de/${SEEDED}.bib`,
        '/api/citations/en/no-such-report',
      ]) {
        expect((await get(path)).status, path).toBe(404);
      }
    });
  });
});
