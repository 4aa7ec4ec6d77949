import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../api/surveys';

interface Props {
  id: string;
  question: Question;
  ranking?: string[];
  onChange: (ranking: string[]) => void;
}

/** Ordering by "up" and "down" buttons: works by keyboard and screen reader, no dragging. */
export function RankingInput({ id, question, ranking, onChange }: Props) {
  const { t } = useTranslation();
  const order = ranking ?? question.options.map((o) => o.key);
  const [announcement, setAnnouncement] = useState('');
  const label = (key: string) => question.options.find((o) => o.key === key)?.label ?? key;
  const move = (index: number, by: number) => {
    const next = [...order];
    const moved = next.splice(index, 1)[0] ?? '';
    next.splice(index + by, 0, moved);
    onChange(next);
    setAnnouncement(t('survey.movedTo', { item: label(moved), place: index + by + 1 }));
  };
  return (
    <>
      <ol className="ranking" id={id} tabIndex={-1}>
        {order.map((key, index) => (
          <li key={key} className="ranking__item">
            <span>{label(key)}</span>
            <button type="button" className="button button--small button--quiet" disabled={index === 0} aria-label={t('survey.moveUp', { item: label(key) })} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" className="button button--small button--quiet" disabled={index === order.length - 1} aria-label={t('survey.moveDown', { item: label(key) })} onClick={() => move(index, 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      {!ranking && (
        <p className="field__hint">
          {t('survey.rankingUntouched')}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => onChange(order)}>
            {t('survey.keepOrder')}
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">{announcement}</p>
    </>
  );
}
