import { useTranslation } from 'react-i18next';
import { BarChart } from '@/components/BarChart';
import { formatDate } from '@/components/dates';
import type { FormatReport } from '../api/report';

/** The short summary of a format as an accessible page: the same content as its PDF. */
export function ReportView({ report }: { report: FormatReport }) {
  const { t, i18n } = useTranslation();
  const percent = (share?: number | null) =>
    share == null ? '' : ` (${new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(share)})`;
  return (
    <>
      <p>
        {t('report.period', { from: formatDate(report.startsOn, i18n.language), until: formatDate(report.endsOn, i18n.language) })}
        {report.venue && ` · ${report.venue}`}
      </p>
      <p className="lead">{report.summary}</p>
      <p>
        <a href={`/api/v1/formats/${report.format}/report/pdf`} download>
          {t('report.pdf')}
        </a>
      </p>
      <section aria-labelledby="figures">
        <h2 id="figures">{t('statistics.title')}</h2>
        {report.keyFigures.length === 0 ? (
          <p className="muted">{t('report.noFigures')}</p>
        ) : (
          <dl className="facts">
            {report.keyFigures.map((cell) => (
              <div key={cell.key ?? ''}>
                <dt>{t(`statistics.kind.${cell.key}`, { defaultValue: cell.key ?? '' })}</dt>
                <dd>{cell.suppressed ? t('statistics.suppressed') : cell.count}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {report.surveys.map((survey) => (
        <section key={survey.title} aria-labelledby={`report-${survey.results.survey}`}>
          <h2 id={`report-${survey.results.survey}`}>{t('report.survey', { title: survey.title, count: survey.results.responses })}</h2>
          {survey.results.questions.filter((q) => q.options.length > 0).map((question) => (
            <BarChart key={question.question} caption={question.title} itemHeading={t('survey.option')} valueHeading={t('survey.count')}
              bars={question.options.map((o) => ({ label: o.label, value: o.count ?? null, shown: o.suppressed ? t('survey.suppressed') : `${o.count}${percent(o.share)}` }))} />
          ))}
        </section>
      ))}
      <section aria-labelledby="report-responses">
        <h2 id="report-responses">{t('outcome.title')}</h2>
        {report.responses.length === 0 ? (
          <p className="muted">{t('outcome.noResponses')}</p>
        ) : (
          <ul className="card-list">
            {report.responses.map((response) => (
              <li key={response.id} className="format-card">
                <p className="eyebrow">{t(`outcome.status.${response.status}`)}</p>
                <h3>{response.title}</h3>
                <p className="muted">{response.target.fieldOfActionTitle}{response.target.goalTitle && ` – ${response.target.goalTitle}`}</p>
                <p className="preserve-lines">{response.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
