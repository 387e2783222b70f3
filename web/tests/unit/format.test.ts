import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatEventTime,
  formatFileSize,
  yearOf,
} from '../../app/utils/format';

describe('formatting at the precision the sources give', () => {
  it('shows a date as precisely as it is known, in each language', () => {
    expect(formatDate('2013-09-01', 'month', 'en-GB')).toBe('September 2013');
    expect(formatDate('2013-09-01', 'month', 'fr')).toBe('septembre 2013');
    expect(formatDate('2020-01-01', 'year', 'fr')).toBe('2020');
    expect(formatDate('2013-03-12', 'day', 'en-GB')).toBe('12 March 2013');
    expect(formatDate('2013-03-12', null, 'fr')).toBe('12 mars 2013');
    expect(formatDate(null, 'day', 'en')).toBe('');
    expect(formatDate('not a date', 'day', 'en')).toBe('');
  });

  it('shows one date for a one-day range', () => {
    expect(formatDateRange('2013-03-12', '2013-03-12', 'day', 'en-GB')).toBe('12 March 2013');
    expect(formatDateRange('2013-03-12', '2013-03-13', 'day', 'en-GB')).toBe(
      '12 March 2013 – 13 March 2013',
    );
  });

  it('shows event times with their time zone, in the visitor’s clock format', () => {
    expect(formatEventTime('2013-03-12', '14:00:00.000', 'Europe/London', 'en-GB')).toBe(
      '14:00 (Europe/London)',
    );
    expect(formatEventTime('2013-03-12', '14:00', null, 'en-US')).toBe('2:00 PM');
    expect(formatEventTime('2013-03-12', null, 'Europe/London', 'fr')).toBe('');
  });

  it('shows Strapi’s kilobytes as a readable size', () => {
    expect(formatFileSize(850.4, 'en')).toBe('850 kB');
    expect(formatFileSize(1234.5, 'en')).toBe('1.2 MB');
    // French puts a narrow no-break space between number and unit.
    expect(formatFileSize(1234.5, 'fr')).toBe('1,2\u202fMo');
    expect(formatFileSize(undefined, 'en')).toBe('');
  });

  it('reads the year of a date', () => {
    expect(yearOf('2013-09-01')).toBe(2013);
    expect(yearOf(null)).toBeNull();
  });
});
