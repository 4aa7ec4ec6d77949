import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblemOf } from '@/api/problem';
import { useAuth } from '@/auth/AuthContext';
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
        {survey.resultsPublic ? (
          <Link to={`/umfragen/${slug}/ergebnisse`}>{t('survey.resultsLink')}</Link>
        ) : (
          t('survey.resultsLater', { date: formatDateTime(survey.closesAt, i18n.language) })
        )}
      </p>
    </article>
  );
}

/**
 * The public results with charts; the server withholds small counts. Results published only after the end
 * (AFTER_CLOSE) are not asked for before then, except by admins, who see them already.
 */
export function SurveyResultsPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const auth = useAuth();
  const [breakdown, setBreakdown] = useState('');
  const { data: survey } = useSurvey(slug);
  const admin = auth.hasRole('admin');
  const visible = Boolean(survey && auth.ready && (survey.resultsPublic || admin));
  const { data: results, isLoading, error } = useSurveyResults(slug, breakdown, visible);
  const singleChoice = survey?.questions.filter((q) => q.type === 'SINGLE_CHOICE') ?? [];
  usePageTitle(survey ? t('survey.resultsTitle', { title: survey.title }) : undefined);
  const later = survey && t('survey.resultsLater', { date: formatDateTime(survey.closesAt, i18n.language) });
  const notYet = (survey && auth.ready && !visible) || isProblemOf(error, 'results-not-public-yet');
  return (
    <article>
      <p className="eyebrow">{t('survey.eyebrow')}</p>
      <h1>{survey ? t('survey.resultsTitle', { title: survey.title }) : t('survey.results')}</h1>
      {notYet ? (
        <p>{later ?? t('problems.results-not-public-yet')}</p>
      ) : (
        <>
          {survey && !survey.resultsPublic && (
            <p className="notice">{t('survey.resultsStaffOnly', { date: formatDateTime(survey.closesAt, i18n.language) })}</p>
          )}
          {singleChoice.length > 0 && (
            <SelectField id="breakdown" label={t('survey.breakdown')} hint={t('survey.breakdownHint')} value={breakdown} onChange={setBreakdown}
              options={[{ value: '', label: t('survey.noBreakdown') }, ...singleChoice.map((q) => ({ value: q.slug, label: q.title }))]} />
          )}
          {!results ? (
            <QueryState isLoading={isLoading || !visible} error={error} />
          ) : results.breakdown ? (
            <BreakdownView breakdown={results.breakdown} title={singleChoice.find((q) => q.slug === breakdown)?.title ?? ''} />
          ) : (
            <SurveyResultsView results={results} />
          )}
        </>
      )}
      <p>
        <Link to={`/umfragen/${slug}`}>{t('survey.backToSurvey')}</Link>
      </p>
    </article>
  );
}
