import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSurveys } from '../api/surveys';

/** The surveys of a format in the admin area, with a link to build a new one. */
export function AdminSurveyList({ format }: { format: string }) {
  const { t } = useTranslation();
  const { data: surveys } = useSurveys(format);
  return (
    <section aria-labelledby="admin-surveys" className="card">
      <h2 id="admin-surveys">{t('surveyEditor.surveys')}</h2>
      {surveys && surveys.length > 0 && (
        <ul className="document-list">
          {surveys.map((survey) => (
            <li key={survey.slug}>
              <Link to={`/verwaltung/umfragen/${survey.slug}`}>{t('surveyEditor.edit', { title: survey.title })}</Link>{' '}
              <span className="muted">{t('surveyEditor.responses', { count: survey.responseCount })}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="button button--quiet" to={`/verwaltung/formate/${format}/umfragen/neu`}>{t('surveyEditor.new')}</Link>
      </p>
    </section>
  );
}
