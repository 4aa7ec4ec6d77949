/*
 * API dates are calendar dates (YYYY-MM-DD), written here without Intl: the first Intl formatter of a page loads the
 * locale's data, which was the costliest single step of the home page's start. Taking the date apart also keeps it
 * from shifting a day in any time zone.
 */
const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function parts(isoDate: string) {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { year, month, day };
}

function inEnglish(locale: string): boolean {
  return locale.toLowerCase().startsWith('en');
}

/** "13.11.2024" in German, "11/13/2024" in English. */
export function formatDate(isoDate: string, locale: string): string {
  const { year, month, day } = parts(isoDate);
  return inEnglish(locale) ? `${month}/${day}/${year}` : `${day}.${month}.${year}`;
}

/** "November 2024". */
export function formatMonth(isoDate: string, locale: string): string {
  const { year, month } = parts(isoDate);
  return `${MONTHS[inEnglish(locale) ? 'en' : 'de'][Number(month) - 1]} ${year}`;
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

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The end of an opening window (an exclusive instant) as a reader says it, in the reader's time zone and without
 * Intl (see above): a window closing at midnight is open "until" the day before, any other end gives its time too.
 */
export function formatUntil(isoInstant: string, locale: string): { date: string; time?: string } {
  const end = new Date(isoInstant);
  const atMidnight = end.getHours() === 0 && end.getMinutes() === 0;
  const lastDay = atMidnight ? new Date(end.getTime() - 1) : end;
  const date = formatDate(`${lastDay.getFullYear()}-${twoDigits(lastDay.getMonth() + 1)}-${twoDigits(lastDay.getDate())}`, locale);
  return atMidnight ? { date } : { date, time: `${twoDigits(end.getHours())}:${twoDigits(end.getMinutes())}` };
}
