import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { AdminDocuments } from '@/features/documents/components/AdminDocuments';
import { useFormat } from '@/features/formats/api/getFormat';
import { FormatForm } from '@/features/formats/components/FormatForm';
import { useProcesses } from '@/features/processes/api/getProcesses';
import { AdminGate } from './AdminGate';

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const processes = useProcesses();
  const format = useFormat(slug ?? '', 'admin');
  const heading = slug ? t('admin.editFormat') : t('admin.newFormat');
  usePageTitle(heading);

  const loading = processes.isLoading || (slug !== undefined && format.isLoading);
  const error = processes.error ?? (slug ? format.error : null);
  if (loading || error || !processes.data) {
    return <QueryState isLoading={loading} error={error} />;
  }
  const backToList = (notice?: string) => navigate('/verwaltung', { state: notice ? { notice } : undefined });
  return (
    <>
      <h1>{heading}</h1>
      <FormatForm
        processes={processes.data}
        format={slug ? format.data : undefined}
        onSaved={(saved) => backToList(t('admin.saved', { title: saved.title }))}
        onCancel={() => backToList()}
      />
      {slug && <AdminDocuments formatSlug={slug} />}
    </>
  );
}

export function AdminFormatEditorPage() {
  const { slug } = useParams();
  return (
    <AdminGate>
      <Editor key={slug ?? 'new'} slug={slug} />
    </AdminGate>
  );
}
