import { EventFeedDocument } from '@mdle/api-client';

/** How many events the calendar holds, newest first (the API's largest page). */
const CALENDAR_SIZE = 100;

/**
 * `/calendars/<locale>/events.ics`: every seminar and event known to the day, for a calendar app
 * to subscribe to. Cached like pages and emptied with them when an editor publishes.
 */
export default defineEventHandler(async (event) => {
  const locale = getRouterParam(event, 'locale');
  if (!isSiteLocale(locale))
    throw createError({ statusCode: 404, statusMessage: 'No such calendar' });
  const { events_connection: events } = await queryCms(EventFeedDocument, {
    locale,
    pageSize: CALENDAR_SIZE,
  });
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8');
  return renderEventCalendar(
    (events?.nodes ?? []).filter((entry) => entry !== null),
    locale,
  );
});
