import { EventFeedDocument, NewsFeedDocument, PublicationFeedDocument } from '@mdle/api-client';

/** One item of a feed, whatever its kind. */
export interface FeedEntry {
  /** Absolute URL of its page: also its id (stable, one per language). */
  url: string;
  title: string;
  summary: string | undefined;
  /**
   * Its own date (a publication's, a news article's, an event's first day), else when it was
   * published on the site.
   */
  published: Date;
  /** Last edited in the CMS. */
  updated: Date;
  /** The language the entry is written in: another one when it is shown by locale fallback. */
  language: string;
  authors: string[];
}

/** How many entries a feed holds: the newest, as feed readers expect. */
const FEED_SIZE = 50;

/** A calendar date of the CMS (`2013-03-01`) as the instant its day starts (UTC). */
const dayOf = (date: unknown) => new Date(`${date as string}T00:00:00Z`);
const instantOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : undefined);

interface Entry {
  slug: string;
  locale?: string | null;
  title: string;
  publishedAt?: unknown;
  updatedAt?: unknown;
}

function entryOf(
  kind: FeedKind,
  locale: SiteLocale,
  entry: Entry,
  fields: { date: unknown; summary?: string | null; authors?: string[] },
): FeedEntry {
  const published = fields.date
    ? dayOf(fields.date)
    : (instantOf(entry.publishedAt) ?? new Date(0));
  const updated = instantOf(entry.updatedAt) ?? published;
  return {
    url: siteUrl(contentPagePath(kind, locale, entry.slug)),
    title: entry.title,
    summary: fields.summary ?? undefined,
    published,
    updated: updated > published ? updated : published,
    language: entry.locale ?? locale,
    authors: fields.authors ?? [],
  };
}

/** The entries of one kind last published on the site, in `locale` (with the site's locale fallback). */
export async function feedEntries(kind: FeedKind, locale: SiteLocale): Promise<FeedEntry[]> {
  const variables = { locale, pageSize: FEED_SIZE };
  switch (kind) {
    case 'publications': {
      const { publications_connection: publications } = await queryCms(
        PublicationFeedDocument,
        variables,
      );
      return present(publications?.nodes).map((entry) =>
        entryOf(kind, locale, entry, {
          date: entry.publicationDate,
          summary: entry.abstract,
          authors: present(entry.authors).map((author) => author.name),
        }),
      );
    }
    case 'news': {
      const { newsArticles_connection: news } = await queryCms(NewsFeedDocument, variables);
      return present(news?.nodes).map((entry) =>
        entryOf(kind, locale, entry, { date: entry.date, summary: entry.summary }),
      );
    }
    case 'events': {
      const { events_connection: events } = await queryCms(EventFeedDocument, variables);
      return present(events?.nodes).map((entry) =>
        entryOf(kind, locale, entry, { date: entry.startDate, summary: entry.summary }),
      );
    }
  }
}
