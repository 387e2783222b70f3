const FILE = new RegExp(`^(${FEED_KINDS.join('|')})\\.(${Object.keys(FEED_FORMATS).join('|')})$`);

/**
 * `/feeds/<locale>/<kind>.<rss|atom|json>`: the newest publications, news or events of one
 * language. Cached like pages (route rule `/**`) and emptied with them when an editor publishes.
 */
export default defineEventHandler(async (event) => {
  const locale = getRouterParam(event, 'locale');
  const file = FILE.exec(getRouterParam(event, 'file') ?? '');
  if (!isSiteLocale(locale) || !file) {
    throw createError({ statusCode: 404, statusMessage: 'No such feed' });
  }
  const kind = file[1] as FeedKind;
  const format = file[2] as FeedFormat;
  const entries = await feedEntries(kind, locale);
  setResponseHeader(event, 'content-type', `${FEED_FORMATS[format]}; charset=utf-8`);
  return renderFeed({ kind, locale, format, entries });
});
