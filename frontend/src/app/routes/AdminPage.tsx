import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AdminFormatTable } from '@/features/formats/components/AdminFormatTable';
import { AdminGate } from './AdminGate';
import { AdminSections } from './AdminSections';

export function AdminPage() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <AdminGate>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{t('admin.formats')}</h2>
      <p>
        <Link className="button" to="/verwaltung/formate/neu">
          {t('admin.newFormat')}
        </Link>
      </p>
      <AdminFormatTable notice={notice} />
    </AdminGate>
  );
}
