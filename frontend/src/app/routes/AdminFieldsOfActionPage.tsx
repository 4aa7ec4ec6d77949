import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSavedNotice } from '@/components/useSavedNotice';
import { useFieldOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { AdminFieldOfActionTable } from '@/features/fieldsOfAction/components/AdminFieldOfActionTable';
import { FieldOfActionForm } from '@/features/fieldsOfAction/components/FieldOfActionForm';
import { AdminEditorLayout, AdminListLayout, useBackToList, useEditorHeading } from './AdminLayouts';

const LIST = '/verwaltung/handlungsfelder';

export function AdminFieldsOfActionPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('fieldsOfAction.title')} newLabel={t('fieldsOfAction.newField')} newPath={`${LIST}/neu`}>
      {(notice) => <AdminFieldOfActionTable notice={notice} />}
    </AdminListLayout>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const field = useFieldOfAction(slug ?? '', 'admin');
  const heading = useEditorHeading(slug, t('fieldsOfAction.newField'), t('fieldsOfAction.editField'));
  const savedNotice = useSavedNotice();
  const back = useBackToList(LIST);
  if (slug && !field.data) {
    return <QueryState isLoading={field.isLoading} error={field.error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      <FieldOfActionForm field={field.data} onSaved={(field) => back(savedNotice(field.title, `/handlungsfelder/${field.slug}`))} onCancel={() => back()} />
    </>
  );
}

export function AdminFieldOfActionEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
