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
