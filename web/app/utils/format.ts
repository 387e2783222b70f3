/** Locale-aware formatting of the CMS's values. Pure functions: the same on server and client. */

export type DatePrecision = 'day' | 'month' | 'year';

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * A date as precisely as it is known: "12 March 2013", "March 2013" or "2013" (never a made-up
 * first day of the month). Dates are calendar dates, so they are read and shown in UTC.
 */
export function formatDate(
  iso: string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale: string,
): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    ...DATE_OPTIONS[precision ?? 'day'],
    timeZone: 'UTC',
  }).format(date);
}

/** A span of dates; one date when both ends are the same day. */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale: string,
): string {
  const from = formatDate(start, precision, locale);
  const to = formatDate(end, precision, locale);
  return to && to !== from ? `${from} – ${to}` : from;
}

/**
 * A local time of an event ("14:00", "2:00 PM") in the event's own time zone, with that zone
 * named so a visitor elsewhere is not misled.
 */
export function formatEventTime(
  date: string | null | undefined,
  time: string | null | undefined,
  timeZone: string | null | undefined,
  locale: string,
): string {
  if (!date || !time) return '';
  const [hours = '0', minutes = '0'] = time.split(':');
  const clock = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, Number(hours), Number(minutes))));
  return timeZone ? `${clock} (${timeZone.replace(/_/g, ' ')})` : clock;
}

/** Strapi stores file sizes in kilobytes: "1.2 MB", "850 kB", in the visitor's number format. */
export function formatFileSize(kilobytes: number | null | undefined, locale: string): string {
  if (kilobytes === null || kilobytes === undefined || !Number.isFinite(kilobytes)) return '';
  const megabytes = kilobytes / 1000;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [kilobytes, 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The year of an ISO date, or null. */
export const yearOf = (iso: string | null | undefined): number | null =>
  iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null;
