import { useTranslation } from 'react-i18next';
import { PublicationTable } from '@/components/PublicationTable';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { formatDateRange } from '@/components/dates';
import { usePublicationMessage } from '@/components/usePublicationMessage';
import { useFormats } from '../api/listFormats';
import { useSetPublication } from '../api/setPublication';

/** All formats an admin may see, drafts included, with publish and edit actions. */
export function AdminFormatTable({ notice }: { notice?: Notice }) {
  const { t, i18n } = useTranslation();
  const { data: formats, isLoading, error } = useFormats({}, 'admin');
  const publication = useSetPublication();
  const status = usePublicationMessage(notice);

  return (
    <>
      <StatusMessage {...status.notice} />
      {!formats ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <PublicationTable
          caption={t('admin.formats')}
          detailHeading={t('admin.date')}
          busy={publication.isPending}
          rows={formats.map((format) => ({
            id: format.slug,
            title: format.title,
            detail: `${formatDateRange(format.startsOn, format.endsOn, format.datePrecision, i18n.language)} · ${t(`formatStatus.${format.status}`)}`,
            published: format.publicationState === 'PUBLISHED',
            editPath: `/verwaltung/formate/${format.slug}`,
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
