import { Feed } from 'feed';

interface FeedRequest {
  kind: FeedKind;
  locale: SiteLocale;
  format: FeedFormat;
  entries: FeedEntry[];
}

/** The feed's last change: its newest entry's, or the start of the epoch for an empty feed. */
const lastUpdate = (entries: FeedEntry[]) =>
  new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));

/**
 * One feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1, written by the `feed` library. Its JSON Feed
 * output says version 1, and its Atom has no language; the 1.1 fields (language, authors as a
 * list) and Atom's `xml:lang` are added here.
 */
export function renderFeed({ kind, locale, format, entries }: FeedRequest): string {
  const messages = siteMessages(locale).feeds;
  const links = Object.fromEntries(
    (Object.keys(FEED_FORMATS) as FeedFormat[]).map((each) => [
      each,
      siteUrl(feedPath(locale, kind, each)),
    ]),
  );
  const feed = new Feed({
    id: links.atom,
    title: messages[kind].title,
    description: messages[kind].description,
    link: siteUrl(CONTENT_PAGES[kind][locale]),
    language: locale,
    updated: lastUpdate(entries),
    generator: false,
    feedLinks: links,
    favicon: siteUrl('/favicon.svg'),
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: entry.title,
      description: entry.summary,
      published: entry.published,
      date: entry.updated,
      // The library reads the first author of a non-empty list only.
      ...(entry.authors.length ? { author: entry.authors.map((name) => ({ name })) } : {}),
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return atomWithLanguage(feed.atom1(), locale);
  return jsonFeed11(feed.json1(), locale, entries);
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** Atom states a feed's language as `xml:lang` on its root, which the library does not write. */
function atomWithLanguage(atom: string, locale: SiteLocale): string {
  if (!atom.includes(ATOM_ROOT)) throw new Error('Unexpected Atom root element from `feed`');
  return atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

interface JsonFeedItem {
  author?: unknown;
  authors?: { name: string }[];
  language?: string;
}

function jsonFeed11(json1: string, locale: SiteLocale, entries: FeedEntry[]): string {
  const feed = JSON.parse(json1) as { version: string; language?: string; items: JsonFeedItem[] };
  feed.version = 'https://jsonfeed.org/version/1.1';
  feed.language = locale;
  feed.items.forEach((item, index) => {
    const entry = entries[index]!;
    delete item.author;
    if (entry.authors.length) item.authors = entry.authors.map((name) => ({ name }));
    item.language = entry.language;
  });
  return JSON.stringify(feed);
}
