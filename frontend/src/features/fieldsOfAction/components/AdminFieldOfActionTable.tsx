import { useTranslation } from 'react-i18next';
import { PublicationTable } from '@/components/PublicationTable';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { usePublicationMessage } from '@/components/usePublicationMessage';
import { useFieldsOfAction } from '../api/getFieldsOfAction';
import { useSetFieldOfActionPublication } from '../api/manageFieldsOfAction';

export function AdminFieldOfActionTable({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const { data: fields, isLoading, error } = useFieldsOfAction('admin');
  const publication = useSetFieldOfActionPublication();
  const status = usePublicationMessage(notice);
  return (
    <>
      <StatusMessage {...status.notice} />
      {!fields ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <PublicationTable
          caption={t('fieldsOfAction.title')}
          detailHeading={t('fieldsOfAction.goals')}
          busy={publication.isPending}
          rows={fields.map((field) => ({
            id: field.slug,
            title: field.title,
            detail: String(field.goals.length),
            published: field.publicationState === 'PUBLISHED',
            editPath: `/verwaltung/handlungsfelder/${field.slug}`,
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
