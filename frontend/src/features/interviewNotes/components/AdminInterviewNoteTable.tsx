import { useTranslation } from 'react-i18next';
import { PublicationTable } from '@/components/PublicationTable';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { usePublicationMessage } from '@/components/usePublicationMessage';
import { useInterviewNotes } from '../api/getInterviewNotes';
import { useSetInterviewNotePublication } from '../api/setInterviewNotePublication';

export function AdminInterviewNoteTable({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const { data: notes, isLoading, error } = useInterviewNotes({}, 'admin');
  const publication = useSetInterviewNotePublication();
  const status = usePublicationMessage(notice);
  return (
    <>
      <StatusMessage {...status.notice} />
      {!notes ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <PublicationTable
          caption={t('interviewNotes.title')}
          detailHeading={t('interviewNotes.stakeholder')}
          busy={publication.isPending}
          rows={notes.map((note) => ({
            id: note.slug,
            title: note.title,
            detail: note.stakeholder,
            published: note.publicationState === 'PUBLISHED',
            editPath: `/verwaltung/gespraechsvermerke/${note.slug}`,
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
