import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/components/dates';
import { useSurveys } from '../api/surveys';

/** The surveys of a format, to answer and to see the results. */
export function SurveyLinks({ format }: { format: string }) {
  const { t, i18n } = useTranslation();
  const { data: surveys } = useSurveys(format);
  if (!surveys || surveys.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="surveys">
      <h2 id="surveys">{t('survey.heading')}</h2>
      <ul className="document-list">
        {surveys.map((survey) => (
          <li key={survey.slug}>
            <Link to={`/umfragen/${survey.slug}`}>{survey.title}</Link>{' '}
            <span className="muted">({survey.open ? t('survey.openNow') : t('survey.closedNow')})</span>{' '}
            ·{' '}
            {survey.resultsPublic ? (
              <Link to={`/umfragen/${survey.slug}/ergebnisse`}>{t('survey.resultsOf', { title: survey.title })}</Link>
            ) : (
              <span className="muted">{t('survey.resultsFrom', { date: formatDateTime(survey.closesAt, i18n.language) })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
