import { EventBySlugDocument, EventsDocument } from '@mdle/api-client';

/** Today as the CMS's calendar dates are written (UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Events of the page's language: upcoming (soonest first), past (latest first), or undated (the
 * sources give no date; shown after the past ones). Undated events are neither upcoming nor
 * past: a list of their own, under their own heading.
 */
export function useEventList(when: 'upcoming' | 'past' | 'undated', pageSize = 50) {
  const { locale } = useI18n();
  const day = today();
  const choice = {
    upcoming: { filters: { startDate: { gte: day } }, sort: ['startDate:asc', 'title:asc'] },
    past: { filters: { startDate: { lt: day } }, sort: ['startDate:desc', 'title:asc'] },
    undated: { filters: { startDate: { null: true } }, sort: ['title:asc'] },
  }[when];
  return useCmsQuery(EventsDocument, () => ({ locale: locale.value, pageSize, ...choice }));
}

/** One event by the slug in the URL. */
export function useEvent() {
  return useCmsEntry(EventBySlugDocument, (result) => result.events);
}
