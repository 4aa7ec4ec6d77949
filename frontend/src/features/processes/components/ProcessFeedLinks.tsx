import { useTranslation } from 'react-i18next';

/** The process's dates for a calendar app and its news for a feed reader, as files of the public API. */
export function ProcessFeedLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const base = `/api/v1/processes/${encodeURIComponent(slug)}`;
  return (
    <section aria-labelledby={`feeds-${slug}`}>
      <h2 id={`feeds-${slug}`}>{t('processes.feeds')}</h2>
      <ul className="inline-list">
        <li>
          <a href={`${base}/calendar.ics`} type="text/calendar" download>
            {t('processes.calendar')}
          </a>
        </li>
        <li>
          <a href={`${base}/feed.atom`} type="application/atom+xml">
            {t('processes.newsFeed')}
          </a>
        </li>
      </ul>
    </section>
  );
}
