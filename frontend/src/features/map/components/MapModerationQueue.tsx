import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/components/dates';
import { DecisionControls } from '@/components/DecisionControls';
import { PostedWhere } from '@/components/PostedWhere';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useDecideOnContribution, useMapQueue } from '../api/mapModeration';

/** Pending and reported map contributions, each linked to where it was placed, decided like comments. */
export function MapModerationQueue() {
  const { t, i18n } = useTranslation();
  const { data: items, isLoading, error } = useMapQueue();
  const decide = useDecideOnContribution();
  const [message, setMessage] = useState<string>();
  if (!items) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <StatusMessage message={message} />
      {items.length === 0 ? (
        <p>{t('moderation.emptyMap')}</p>
      ) : (
        <ul className="card-list">
          {items.map(({ contribution: c, openReports, postedWhere }) => (
            <li key={c.id} className="format-card">
              <p className="comment__meta">
                {t(`map.category.${c.category}`)} · {c.placeName ?? c.district?.name ?? t('map.onMap')} · <span className="comment__author">{c.authorName}</span> ·{' '}
                {c.createdAt ? formatDateTime(c.createdAt, i18n.language) : formatDate(c.createdOn, i18n.language)} · {t(`comments.state.${c.state}`)}
              </p>
              <h3>{c.title}</h3>
              <PostedWhere where={postedWhere} />
              <p className="preserve-lines">{c.text}</p>
              {openReports.length > 0 && (
                <p>
                  {t('moderation.reports')}: {openReports.join('; ')}
                </p>
              )}
              <DecisionControls item={c} idPrefix="map" pending={decide.isPending} onDecided={setMessage}
                decide={(decision, reason, onSuccess) => decide.mutate({ id: c.id, decision, reason }, { onSuccess })} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
