import { EventBySlugDocument } from '@mdle/api-client';

/**
 * `/calendars/<locale>/events/<slug>.ics`: one event's calendar file ("Add to calendar"). An
 * event known only to the month or the year has none (404): its page says so.
 */
export default defineEventHandler(async (event) => {
  const locale = getRouterParam(event, 'locale');
  const slug = /^(.+)\.ics$/.exec(getRouterParam(event, 'file') ?? '')?.[1];
  if (!isSiteLocale(locale) || !slug) {
    throw createError({ statusCode: 404, statusMessage: 'No such calendar file' });
  }
  const { events } = await queryCms(EventBySlugDocument, {
    locale,
    slug: decodeURIComponent(slug),
  });
  const found = events[0];
  if (!found) throw createError({ statusCode: 404, statusMessage: 'No such event' });
  if (!hasCalendarDay(found)) {
    throw createError({
      statusCode: 404,
      statusMessage: "This event's day is not known yet: it has no calendar file",
    });
  }
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8');
  setResponseHeader(event, 'content-disposition', `attachment; filename="${found.slug}.ics"`);
  return renderEventCalendar([found], locale);
});
