import { useTranslation } from 'react-i18next';
import { AdminFormatTable } from '@/features/formats/components/AdminFormatTable';
import { AdminListLayout } from './AdminLayouts';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('admin.formats')} newLabel={t('admin.newFormat')} newPath="/verwaltung/formate/neu">
      {(notice) => <AdminFormatTable notice={notice} />}
    </AdminListLayout>
  );
}
