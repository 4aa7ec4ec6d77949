import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSavedNotice } from '@/components/useSavedNotice';
import { useDistrict } from '@/features/districts/api/getDistricts';
import { AdminDistrictList } from '@/features/districts/components/AdminDistrictList';
import { DistrictForm } from '@/features/districts/components/DistrictForm';
import { AdminEditorLayout, AdminListLayout, useBackToList, useEditorHeading } from './AdminLayouts';

const LIST = '/verwaltung/ortsbezirke';

export function AdminDistrictsPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('districts.title')} newLabel={t('districts.newDistrict')} newPath={`${LIST}/neu`}>
      {(notice) => <AdminDistrictList notice={notice} />}
    </AdminListLayout>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const district = useDistrict(slug ?? '');
  const heading = useEditorHeading(slug, t('districts.newDistrict'), t('districts.editDistrict'));
  const savedNotice = useSavedNotice();
  const back = useBackToList(LIST);
  if (slug && !district.data) {
    return <QueryState isLoading={district.isLoading} error={district.error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      <DistrictForm district={district.data} onSaved={(district) => back(savedNotice(district.name, `/ortsbezirke/${district.slug}`))} onCancel={() => back()} />
    </>
  );
}

export function AdminDistrictEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
