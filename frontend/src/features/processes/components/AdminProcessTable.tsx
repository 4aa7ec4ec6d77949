import { useTranslation } from 'react-i18next';
import { PublicationTable } from '@/components/PublicationTable';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { usePublicationMessage } from '@/components/usePublicationMessage';
import { useProcesses } from '../api/getProcesses';
import { useSetProcessPublication } from '../api/manageProcesses';

export function AdminProcessTable({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const { data: processes, isLoading, error } = useProcesses('admin');
  const publication = useSetProcessPublication();
  const status = usePublicationMessage(notice);
  return (
    <>
      <StatusMessage {...status.notice} />
      {!processes ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <PublicationTable
          caption={t('processes.title')}
          detailHeading={t('processes.phases')}
          busy={publication.isPending}
          rows={processes.map((process) => ({
            id: process.slug,
            title: process.title,
            detail: process.phases.map((phase) => phase.title).join(' → '),
            published: process.publicationState === 'PUBLISHED',
            editPath: `/verwaltung/prozesse/${process.slug}`,
          }))}
          onToggle={(row) =>
            publication.mutate(
              { slug: row.id, publish: !row.published },
              { onSuccess: () => status.published(row.title, !row.published), onError: status.failed },
            )
          }
        />
      )}
    </>
  );
}
