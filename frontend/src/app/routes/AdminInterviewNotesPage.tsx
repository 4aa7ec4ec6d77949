import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFieldsOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { useInterviewNote } from '@/features/interviewNotes/api/getInterviewNotes';
import { AdminInterviewNoteTable } from '@/features/interviewNotes/components/AdminInterviewNoteTable';
import { InterviewNoteForm } from '@/features/interviewNotes/components/InterviewNoteForm';
import { InterviewNoteHistory } from '@/features/interviewNotes/components/InterviewNoteHistory';
import { AdminGate } from './AdminGate';
import { AdminSections } from './AdminSections';

export function AdminInterviewNotesPage() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <AdminGate>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{t('interviewNotes.title')}</h2>
      <p>
        <Link className="button" to="/verwaltung/gespraechsvermerke/neu">
          {t('interviewNotes.newNote')}
        </Link>
      </p>
      <AdminInterviewNoteTable notice={notice} />
    </AdminGate>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const note = useInterviewNote(slug ?? '', 'admin');
  const fields = useFieldsOfAction();
  const heading = slug ? t('interviewNotes.editNote') : t('interviewNotes.newNote');
  usePageTitle(heading);

  const loading = fields.isLoading || (slug !== undefined && note.isLoading);
  const error = fields.error ?? (slug ? note.error : null);
  if (loading || error) {
    return <QueryState isLoading={loading} error={error} />;
  }
  const back = (notice?: string) =>
    navigate('/verwaltung/gespraechsvermerke', { state: notice ? { notice } : undefined });
  return (
    <>
      <h1>{heading}</h1>
      <InterviewNoteForm
        note={slug ? note.data : undefined}
        fieldsOfAction={fields.data ?? []}
        onSaved={(saved) => back(t('admin.saved', { title: saved.title }))}
        onCancel={() => back()}
      />
      {slug && <InterviewNoteHistory slug={slug} />}
    </>
  );
}

export function AdminInterviewNoteEditorPage() {
  const { slug } = useParams();
  return (
    <AdminGate>
      <Editor key={slug ?? 'new'} slug={slug} />
    </AdminGate>
  );
}
