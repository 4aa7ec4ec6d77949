import { describe, expect, it } from 'vitest';
import { formatDateRange, formatUntil } from './dates';

describe('formatDateRange', () => {
  it('shows a single day in German notation', () => {
    expect(formatDateRange('2024-11-13', '2024-11-13', 'DAY', 'de')).toBe('13.11.2024');
  });

  it('shows a range of days with both ends', () => {
    expect(formatDateRange('2024-08-30', '2024-08-31', 'DAY', 'de')).toBe('30.08.2024 – 31.08.2024');
  });

  it('shows only the month when the organisers know only the month', () => {
    expect(formatDateRange('2024-10-01', '2024-10-31', 'MONTH', 'de')).toBe('Oktober 2024');
    expect(formatDateRange('2023-12-01', '2023-12-31', 'MONTH', 'en')).toBe('December 2023');
  });

  it('writes days as English readers expect them', () => {
    expect(formatDateRange('2024-11-13', '2024-11-14', 'DAY', 'en')).toBe('11/13/2024 – 11/14/2024');
  });

  it('never shifts a date across midnight, whatever the time zone', () => {
    expect(formatDateRange('2024-01-01', '2024-01-01', 'DAY', 'de')).toBe('01.01.2024');
  });
});

describe('formatUntil', () => {
  /** An instant at this local wall-clock time, whatever zone the tests run in. */
  const local = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
    new Date(year, month - 1, day, hours, minutes).toISOString();

  it('names the last open day of a window that closes at midnight', () => {
    expect(formatUntil(local(2031, 1, 1), 'de')).toEqual({ date: '31.12.2030' });
  });

  it('gives the time of a window that closes during a day', () => {
    expect(formatUntil(local(2024, 4, 14, 18, 5), 'de')).toEqual({ date: '14.04.2024', time: '18:05' });
    expect(formatUntil(local(2024, 4, 14, 18, 5), 'en')).toEqual({ date: '04/14/2024', time: '18:05' });
  });
});
