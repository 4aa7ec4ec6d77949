import { useTranslation } from 'react-i18next';

/** The format as an event for a calendar app: an .ics file from the public API. */
export function FormatCalendarLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <a href={`/api/v1/formats/${encodeURIComponent(slug)}/calendar.ics`} type="text/calendar" download>
      {t('format.addToCalendar')}
    </a>
  );
}
