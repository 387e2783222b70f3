import {
  formatDate,
  formatDateRange,
  formatEventTime,
  formatFileSize,
  type DatePrecision,
} from '~/utils/format';

/** The formatters of utils/format bound to the page's language. */
export function useFormat() {
  const { locale } = useI18n();
  return {
    date: (iso: string | null | undefined, precision?: DatePrecision | null) =>
      formatDate(iso, precision, locale.value),
    dateRange: (
      start: string | null | undefined,
      end: string | null | undefined,
      precision?: DatePrecision | null,
    ) => formatDateRange(start, end, precision, locale.value),
    time: (date: string | null | undefined, time: unknown, timeZone: string | null | undefined) =>
      formatEventTime(date, typeof time === 'string' ? time : null, timeZone, locale.value),
    fileSize: (kilobytes: number | null | undefined) => formatFileSize(kilobytes, locale.value),
  };
}
