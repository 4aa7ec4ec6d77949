import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InputOutcome } from '../api/outcomes';
import { ResponseList } from './ResponseList';

/** One contribution followed to where it went; `own` when the viewer wrote it, which changes how it is named. */
export function InputOutcomeView({ outcome, own }: { outcome: InputOutcome; own: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <blockquote className="preserve-lines">{outcome.input.title ? `${outcome.input.title}: ` : ''}{outcome.input.text}</blockquote>
      <h2>{t('outcome.linkedTo')}</h2>
      {outcome.links.length === 0 ? (
        <p className="muted">{own ? t('outcome.notLinked') : t('outcome.notLinkedOther')}</p>
      ) : (
        <ul>
          {outcome.links.map((link) => (
            <li key={`${link.fieldOfAction}-${link.goal ?? ''}`}>
              <Link to={`/handlungsfelder/${link.fieldOfAction}`}>{link.fieldOfActionTitle}</Link>
              {link.goalTitle && ` – ${link.goalTitle}`}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('outcome.responses')}</h2>
      <ResponseList responses={outcome.responses} />
    </>
  );
}
