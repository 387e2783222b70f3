import { TZDate } from '@date-fns/tz';
import { createEvents, type DateArray, type DateTime, type EventAttributes } from 'ics';
import type { EventSummaryFragment } from '@mdle/api-client';

type CalendarEvent = Omit<EventSummaryFragment, ' $fragmentName'> & { updatedAt?: unknown };

const dayArray = (date: string): DateArray => {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
};

/** The day after `date` (an all-day event's end is exclusive in iCalendar). */
const dayAfter = (date: string): DateArray => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
};

interface Moment {
  at: DateTime;
  type: 'local' | 'utc';
}

/**
 * A wall-clock time on a day, as the venue's clock reads it. With the event's IANA time zone it is
 * written as the exact instant (UTC), which calendar apps show in their reader's zone; without one
 * (or with a zone this runtime does not know) it stays a floating local time.
 */
function momentOf(date: string, time: string, timeZone: string | undefined): Moment {
  const [year, month, day] = dayArray(date) as [number, number, number];
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (timeZone) {
    const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime();
    if (Number.isFinite(instant)) return { at: instant, type: 'utc' };
  }
  return { at: [year, month, day, hours, minutes], type: 'local' };
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

type When = Pick<
  EventAttributes,
  'start' | 'startInputType' | 'startOutputType' | 'endInputType' | 'endOutputType'
> & { end: DateTime };

function whenOf(event: CalendarEvent): When {
  const startDate = String(event.startDate);
  const endDate = text(event.endDate) ?? startDate;
  const startTime = text(event.startTime);
  if (!startTime) return { start: dayArray(startDate), end: dayAfter(endDate) };
  const timeZone = text(event.timeZone);
  const start = momentOf(startDate, startTime, timeZone);
  const endTime = text(event.endTime);
  // Without an end time, the event is a moment: nothing is invented.
  const end = endTime ? momentOf(endDate, endTime, timeZone) : start;
  return {
    start: start.at,
    startInputType: start.type,
    startOutputType: start.type,
    end: end.at,
    endInputType: end.type,
    endOutputType: end.type,
  };
}

/** An iCalendar file of `events` (those known to the day), in `locale`, or an error to show. */
export function renderEventCalendar(events: CalendarEvent[], locale: SiteLocale): string {
  const messages = siteMessages(locale);
  const host = new URL(siteUrl('/')).host;
  const entries: EventAttributes[] = events.filter(hasCalendarDay).map((event) => ({
    ...whenOf(event),
    // One id per event across languages: a calendar holding both keeps one entry.
    uid: `${event.documentId}@${host}`,
    title: event.subtitle ? `${event.title}: ${event.subtitle}` : event.title,
    description: event.summary ?? undefined,
    location: [event.venue, event.city, event.country].filter(Boolean).join(', ') || undefined,
    url: siteUrl(contentPagePath('events', locale, event.slug)),
    categories: [messages.events.kinds[event.kind]],
    status: 'CONFIRMED',
    ...(typeof event.updatedAt === 'string'
      ? { lastModified: new Date(event.updatedAt).getTime() }
      : {}),
  }));
  const { error, value } = createEvents(entries, {
    productId: 'mdle/events',
    calName: messages.calendar.calendarName,
  });
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}
