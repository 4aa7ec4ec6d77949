/** API dates are calendar dates (YYYY-MM-DD); formatting them in UTC keeps them from shifting a day. */
function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    toDate(isoDate),
  );
}

export function formatMonth(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(toDate(isoDate));
}

/** "13.11.2024", "30.08.2024 – 31.08.2024" or "Oktober 2024", as precise as the organisers know it. */
export function formatDateRange(startsOn: string, endsOn: string, precision: 'DAY' | 'MONTH', locale: string): string {
  const format = precision === 'MONTH' ? formatMonth : formatDate;
  const start = format(startsOn, locale);
  const end = format(endsOn, locale);
  return start === end ? start : `${start} – ${end}`;
}

/** An instant (ISO timestamp) in the reader's time zone, to the minute. */
export function formatDateTime(isoInstant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}
