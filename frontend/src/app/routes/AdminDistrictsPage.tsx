import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useDistrict } from '@/features/districts/api/getDistricts';
import { AdminDistrictList } from '@/features/districts/components/AdminDistrictList';
import { DistrictForm } from '@/features/districts/components/DistrictForm';
import { AdminGate } from './AdminGate';
import { AdminSections } from './AdminSections';

export function AdminDistrictsPage() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <AdminGate>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{t('districts.title')}</h2>
      <p>
        <Link className="button" to="/verwaltung/ortsbezirke/neu">
          {t('districts.newDistrict')}
        </Link>
      </p>
      <AdminDistrictList notice={notice} />
    </AdminGate>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const district = useDistrict(slug ?? '');
  const heading = slug ? t('districts.editDistrict') : t('districts.newDistrict');
  usePageTitle(heading);
  if (slug && !district.data) {
    return <QueryState isLoading={district.isLoading} error={district.error} />;
  }
  const back = (notice?: string) => navigate('/verwaltung/ortsbezirke', { state: notice ? { notice } : undefined });
  return (
    <>
      <h1>{heading}</h1>
      <DistrictForm
        district={district.data}
        onSaved={(saved) => back(t('admin.saved', { title: saved.name }))}
        onCancel={() => back()}
      />
    </>
  );
}

export function AdminDistrictEditorPage() {
  const { slug } = useParams();
  return (
    <AdminGate>
      <Editor key={slug ?? 'new'} slug={slug} />
    </AdminGate>
  );
}
