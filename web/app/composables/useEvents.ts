import { EventBySlugDocument, EventsDocument } from '@mdle/api-client';

/** Today as the CMS's calendar dates are written (UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/** Upcoming events (soonest first) or past ones (latest first), in the page's language. */
export function useEventList(when: 'upcoming' | 'past', pageSize = 50) {
  const { locale } = useI18n();
  const day = today();
  return useCmsQuery(EventsDocument, () => ({
    locale: locale.value,
    pageSize,
    // Events whose date the sources do not give are listed with the past ones (last).
    filters:
      when === 'upcoming'
        ? { startDate: { gte: day } }
        : { or: [{ startDate: { lt: day } }, { startDate: { null: true } }] },
    sort: when === 'upcoming' ? ['startDate:asc', 'title:asc'] : ['startDate:desc', 'title:asc'],
  }));
}

/** One event by the slug in the URL. */
export function useEvent() {
  return useCmsEntry(EventBySlugDocument, (result) => result.events);
}
