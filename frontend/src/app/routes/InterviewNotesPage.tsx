import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFieldsOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import {
  useInterviewNote,
  useInterviewNotes,
  type InterviewNoteFilter,
} from '@/features/interviewNotes/api/getInterviewNotes';
import { InterviewNoteDetail } from '@/features/interviewNotes/components/InterviewNoteDetail';
import { InterviewNoteFilters } from '@/features/interviewNotes/components/InterviewNoteFilters';
import { InterviewNoteList } from '@/features/interviewNotes/components/InterviewNoteList';
import { CommentThread } from '@/features/comments/components/CommentThread';

/** Filters live in the URL, so a filtered list can be bookmarked and shared. */
export function InterviewNotesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(params) as InterviewNoteFilter;
  const { data: notes, isLoading, error } = useInterviewNotes(filter);
  const { data: fields } = useFieldsOfAction();
  usePageTitle(t('interviewNotes.title'));

  const onChange = (next: InterviewNoteFilter) =>
    setParams(Object.entries(next).filter(([, value]) => value) as [string, string][], { replace: true });
  return (
    <>
      <h1>{t('interviewNotes.title')}</h1>
      <p className="lead">{t('interviewNotes.intro')}</p>
      <InterviewNoteFilters filter={filter} onChange={onChange} fieldsOfAction={fields ?? []} />
      {!notes ? <QueryState isLoading={isLoading} error={error} /> : <InterviewNoteList notes={notes} />}
    </>
  );
}

export function InterviewNotePage() {
  const { slug = '' } = useParams();
  const { data: note, isLoading, error } = useInterviewNote(slug);
  usePageTitle(note?.title);
  if (!note) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <InterviewNoteDetail note={note} />
      <CommentThread targetType="INTERVIEW_NOTE" targetId={note.id} commentsEnabled anonymousAllowed={false} />
    </>
  );
}
