import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSavedNotice } from '@/components/useSavedNotice';
import { useFieldsOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { useInterviewNote } from '@/features/interviewNotes/api/getInterviewNotes';
import { AdminInterviewNoteTable } from '@/features/interviewNotes/components/AdminInterviewNoteTable';
import { InterviewNoteForm } from '@/features/interviewNotes/components/InterviewNoteForm';
import { InterviewNoteHistory } from '@/features/interviewNotes/components/InterviewNoteHistory';
import { AdminEditorLayout, AdminListLayout, useBackToList, useEditorHeading } from './AdminLayouts';

const LIST = '/verwaltung/gespraechsvermerke';

export function AdminInterviewNotesPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('interviewNotes.title')} newLabel={t('interviewNotes.newNote')} newPath={`${LIST}/neu`}>
      {(notice) => <AdminInterviewNoteTable notice={notice} />}
    </AdminListLayout>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const note = useInterviewNote(slug ?? '', 'admin');
  const fields = useFieldsOfAction();
  const heading = useEditorHeading(slug, t('interviewNotes.newNote'), t('interviewNotes.editNote'));
  const savedNotice = useSavedNotice();
  const back = useBackToList(LIST);
  const loading = fields.isLoading || (slug !== undefined && note.isLoading);
  const error = fields.error ?? (slug ? note.error : null);
  if (loading || error) {
    return <QueryState isLoading={loading} error={error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      <InterviewNoteForm
        note={slug ? note.data : undefined}
        fieldsOfAction={fields.data ?? []}
        onSaved={(note) => back(savedNotice(note.title, `/gespraechsvermerke/${note.slug}`))}
        onCancel={() => back()}
      />
      {slug && <InterviewNoteHistory slug={slug} />}
    </>
  );
}

export function AdminInterviewNoteEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
