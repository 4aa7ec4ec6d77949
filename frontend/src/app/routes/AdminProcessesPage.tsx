import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useProcess } from '@/features/processes/api/getProcesses';
import { AdminProcessTable } from '@/features/processes/components/AdminProcessTable';
import { ProcessForm } from '@/features/processes/components/ProcessForm';
import { AdminEditorLayout, AdminListLayout, useBackToList, useEditorHeading } from './AdminLayouts';

const LIST = '/verwaltung/prozesse';

export function AdminProcessesPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('processes.title')} newLabel={t('processes.newProcess')} newPath={`${LIST}/neu`}>
      {(notice) => <AdminProcessTable notice={notice} />}
    </AdminListLayout>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const process = useProcess(slug ?? '');
  const heading = useEditorHeading(slug, t('processes.newProcess'), t('processes.editProcess'));
  const back = useBackToList(LIST);
  if (slug && !process.data) {
    return <QueryState isLoading={process.isLoading} error={process.error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      <ProcessForm process={process.data} onSaved={(saved) => back(t('admin.saved', { title: saved.title }))} onCancel={() => back()} />
    </>
  );
}

export function AdminProcessEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
