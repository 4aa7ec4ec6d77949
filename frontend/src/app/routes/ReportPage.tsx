import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFormatReport } from '@/features/reports/api/report';
import { ReportView } from '@/features/reports/components/ReportView';

/** "Kurze Zusammenfassung" of a format, as a page and as a PDF to download. */
export function ReportPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, isLoading, error } = useFormatReport(slug);
  usePageTitle(data ? t('report.title', { title: data.title }) : undefined);
  return (
    <article>
      <p className="eyebrow">{t('report.eyebrow')}</p>
      <h1>{data ? data.title : t('report.eyebrow')}</h1>
      {data ? <ReportView report={data} /> : <QueryState isLoading={isLoading} error={error} />}
      <p>
        <Link to={`/formate/${slug}`}>{t('report.back')}</Link>
      </p>
    </article>
  );
}
