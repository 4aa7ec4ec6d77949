import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useStatistics } from '@/features/statistics/api/statistics';
import { StatisticsView } from '@/features/statistics/components/StatisticsView';
import { AdminGate } from './AdminGate';

function Dashboard({ view }: { view: 'public' | 'staff' }) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useStatistics(view);
  return (
    <>
      <h1>{t(view === 'staff' ? 'statistics.staffTitle' : 'statistics.title')}</h1>
      <p>{t(view === 'staff' ? 'statistics.staffIntro' : 'statistics.intro')}</p>
      {data ? <StatisticsView statistics={data} /> : <QueryState isLoading={isLoading} error={error} />}
    </>
  );
}

/** Participation in numbers for everyone; small counts are suppressed by the server. */
export function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  return <Dashboard view="public" />;
}

/** The same with exact counts and moderation throughput, for staff. */
export function StaffStatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.staffTitle'));
  return (
    <AdminGate roles={['moderator', 'admin']} title={t('statistics.staffTitle')} forbidden={t('moderation.forbidden')}>
      <Dashboard view="staff" />
    </AdminGate>
  );
}
