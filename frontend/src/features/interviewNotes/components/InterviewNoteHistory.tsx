import { useTranslation } from 'react-i18next';
import { useRevisions } from '../api/getRevisions';

/** Who changed the note, which fields and when; for admins. */
export function InterviewNoteHistory({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const { data: revisions } = useRevisions(slug);
  if (!revisions || revisions.length === 0) {
    return null;
  }
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('interviewNotes.history')}</h2>
      <ol className="history">
        {revisions.map((revision) => (
          <li key={revision.version + revision.changedAt}>
            {when.format(new Date(revision.changedAt))} · {revision.changedBy} ·{' '}
            {revision.changes.map((change) => t(`interviewNotes.change.${change}`, { defaultValue: change })).join(', ')}
          </li>
        ))}
      </ol>
    </section>
  );
}
