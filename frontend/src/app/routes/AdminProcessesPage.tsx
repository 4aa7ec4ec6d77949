import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { useSavedNotice } from '@/components/useSavedNotice';
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
  const savedNotice = useSavedNotice();
  const back = useBackToList(LIST);
  if (slug && !process.data) {
    return <QueryState isLoading={process.isLoading} error={process.error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      {slug && process.data?.publicationState === 'PUBLISHED' && (
        <p>
          <Link to={`${LIST}/${slug}/newsletter`}>{t('newsletter.write')}</Link>
        </p>
      )}
      {/* A process has no public page of its own: it shows on its formats' pages. */}
      <ProcessForm process={process.data} onSaved={(process) => back(savedNotice(process.title))} onCancel={() => back()} />
    </>
  );
}

export function AdminProcessEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
