import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Markdown } from '@/components/Markdown';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { formatDateTime } from '@/components/dates';
import { SelectField } from '@/components/fields';
import { useSurvey, useSurveyResults } from '@/features/surveys/api/surveys';
import { SurveyForm } from '@/features/surveys/components/SurveyForm';
import { BreakdownView, SurveyResultsView } from '@/features/surveys/components/SurveyResultsView';

/** The online questionnaire. */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const { data: survey, isLoading, error } = useSurvey(slug);
  usePageTitle(survey?.title);
  if (!survey) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <article>
      <p className="eyebrow">{t('survey.eyebrow')}</p>
      <h1>{survey.title}</h1>
      <Markdown source={survey.description} />
      <p className="muted">
        {t('survey.window', { from: formatDateTime(survey.opensAt, i18n.language), until: formatDateTime(survey.closesAt, i18n.language) })}
      </p>
      {survey.open ? <SurveyForm survey={survey} /> : <p>{t('survey.notOpen')}</p>}
      <p>
        <Link to={`/umfragen/${slug}/ergebnisse`}>{t('survey.resultsLink')}</Link>
      </p>
    </article>
  );
}

/** The public results with charts; small cells are suppressed by the server. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [breakdown, setBreakdown] = useState('');
  const { data: survey } = useSurvey(slug);
  const { data: results, isLoading, error } = useSurveyResults(slug, breakdown);
  const singleChoice = survey?.questions.filter((q) => q.type === 'SINGLE_CHOICE') ?? [];
  usePageTitle(survey ? t('survey.resultsTitle', { title: survey.title }) : undefined);
  return (
    <article>
      <p className="eyebrow">{t('survey.eyebrow')}</p>
      <h1>{survey ? t('survey.resultsTitle', { title: survey.title }) : t('survey.results')}</h1>
      {singleChoice.length > 0 && (
        <SelectField id="breakdown" label={t('survey.breakdown')} hint={t('survey.breakdownHint')} value={breakdown} onChange={setBreakdown}
          options={[{ value: '', label: t('survey.noBreakdown') }, ...singleChoice.map((q) => ({ value: q.slug, label: q.title }))]} />
      )}
      {!results ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : results.breakdown ? (
        <BreakdownView breakdown={results.breakdown} title={singleChoice.find((q) => q.slug === breakdown)?.title ?? ''} />
      ) : (
        <SurveyResultsView results={results} />
      )}
      <p>
        <Link to={`/umfragen/${slug}`}>{t('survey.backToSurvey')}</Link>
      </p>
    </article>
  );
}
