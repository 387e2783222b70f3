import type { SiteLocale } from './locales';

/** What the site offers as feeds, in each locale and each format. */
export const FEED_KINDS = ['publications', 'news', 'events'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** Each feed format and its media type (also the `type` of its autodiscovery link). */
export const FEED_FORMATS = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export const feedPath = (locale: SiteLocale, kind: FeedKind, format: FeedFormat): string =>
  `/feeds/${locale}/${kind}.${format}`;

/** The calendar of every dated event, or one event's calendar file. */
export const eventCalendarPath = (locale: SiteLocale, slug?: string): string =>
  slug
    ? `/calendars/${locale}/events/${encodeURIComponent(slug)}.ics`
    : `/calendars/${locale}/events.ics`;

/**
 * Only events known to the day go into calendars. The sources date some seminars to a month or a
 * year only; a calendar entry on an invented day would mislead, so they are left out and their
 * page says why (README: "Feeds and calendars").
 */
export const hasCalendarDay = (event: {
  datePrecision?: string | null;
  startDate?: unknown;
}): boolean => event.datePrecision === 'day' && !!event.startDate;
