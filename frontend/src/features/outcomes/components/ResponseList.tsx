import { useTranslation } from 'react-i18next';
import type { OfficialResponse } from '../api/outcomes';
import { InputLink } from './InputLink';

/** Up to this many answered contributions show at once; more fold away behind their count. */
const SHOWN = 5;

function AnsweredInputs({ response }: { response: OfficialResponse }) {
  const { t } = useTranslation();
  if (response.inputs.length === 0) {
    return <p className="muted">{t('outcome.answersField')}</p>;
  }
  const gone = response.inputs.length - response.answered.length;
  const list = (
    <ul className="answered-inputs">
      {response.answered.map((input) => (
        <li key={`${input.kind}-${input.ref}`}>
          <InputLink input={input} />
        </li>
      ))}
    </ul>
  );
  const heading = t('outcome.answers', { count: response.inputs.length });
  return (
    <>
      {response.answered.length > SHOWN ? (
        <details>
          <summary>{heading}</summary>
          {list}
        </details>
      ) : (
        <>
          <p className="muted">{heading}</p>
          {list}
        </>
      )}
      {gone > 0 && <p className="muted">{t('outcome.answersGone', { count: gone })}</p>}
    </>
  );
}

/** The city's responses, each with its status, reason and the contributions it answers, each linked. */
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
          <AnsweredInputs response={response} />
        </li>
      ))}
    </ul>
  );
}
