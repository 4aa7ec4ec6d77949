import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/components/dates';
import type { InterviewNote } from '../api/getInterviewNotes';

const FINDING_TYPES = ['POTENTIAL', 'CHALLENGE', 'PROJECT_IDEA'] as const;

/** A Gesprächsvermerk: facts, summary, and findings grouped by type. Its text is plain, never HTML. */
export function InterviewNoteDetail({ note }: { note: InterviewNote }) {
  const { t, i18n } = useTranslation();
  return (
    <article>
      <p>
        <Link to="/gespraechsvermerke">{t('interviewNotes.back')}</Link>
      </p>
      <p className="eyebrow">{t('interviewNotes.eyebrow')}</p>
      <h1>{note.title}</h1>
      <dl className="facts">
        <dt>{t('interviewNotes.stakeholder')}</dt>
        <dd>{note.stakeholder}</dd>
        <dt>{t('interviewNotes.date')}</dt>
        <dd>{formatDate(note.interviewDate, i18n.language)}</dd>
        <dt>{t('interviewNotes.topicAreas')}</dt>
        <dd>{note.topicAreas.map((topic) => t(`topicArea.${topic}`)).join(', ')}</dd>
        {note.participants.length > 0 && (
          <>
            <dt>{t('interviewNotes.participants')}</dt>
            <dd>{note.participants.map((p) => `${p.role} (${p.headCount})`).join(', ')}</dd>
          </>
        )}
        {note.fieldsOfAction.length > 0 && (
          <>
            <dt>{t('format.fieldsOfAction')}</dt>
            <dd>
              <ul className="inline-list">
                {note.fieldsOfAction.map((field) => (
                  <li key={field.slug}>
                    <Link to={`/handlungsfelder/${field.slug}`}>{field.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('interviewNotes.summary')}</h2>
      <p className="preserve-lines">{note.summary}</p>
      {FINDING_TYPES.map((type) => {
        const findings = note.findings.filter((finding) => finding.type === type);
        return findings.length === 0 ? null : (
          <section key={type} aria-labelledby={`findings-${type}`}>
            <h2 id={`findings-${type}`}>{t(`findingType.${type}`)}</h2>
            <ul>
              {findings.map((finding, index) => (
                <li key={index} className="preserve-lines">
                  {finding.text}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
