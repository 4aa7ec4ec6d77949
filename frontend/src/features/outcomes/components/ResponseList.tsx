import { useTranslation } from 'react-i18next';
import type { OfficialResponse } from '../api/outcomes';

/** The city's responses, each with its status and reason. */
export function ResponseList({ responses }: { responses: OfficialResponse[] }) {
  const { t } = useTranslation();
  if (responses.length === 0) {
    return <p className="muted">{t('outcome.noResponses')}</p>;
  }
  return (
    <ul className="card-list">
      {responses.map((response) => (
        <li key={response.id} id={`response-${response.id}`} className="format-card">
          <p className="eyebrow">{t(`outcome.status.${response.status}`)}</p>
          <h3>{response.title}</h3>
          {response.target.goalTitle && <p className="muted">{t('outcome.onGoal', { goal: response.target.goalTitle })}</p>}
          <p className="preserve-lines">{response.reason}</p>
          <p className="muted">{t('outcome.answers', { count: response.inputs.length })}</p>
        </li>
      ))}
    </ul>
  );
}
