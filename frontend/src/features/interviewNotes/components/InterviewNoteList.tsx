import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/components/dates';
import type { InterviewNote } from '../api/getInterviewNotes';

export function InterviewNoteList({ notes }: { notes: InterviewNote[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p role="status">{t('interviewNotes.count', { count: notes.length })}</p>
      <ul className="card-list">
        {notes.map((note) => (
          <li key={note.id} className="format-card">
            <h2 className="format-card__title">
              <Link to={`/gespraechsvermerke/${note.slug}`}>{note.title}</Link>
            </h2>
            <p className="format-meta">
              {note.stakeholder} · {formatDate(note.interviewDate, i18n.language)}
            </p>
            <p>{note.topicAreas.map((topic) => t(`topicArea.${topic}`)).join(', ')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
