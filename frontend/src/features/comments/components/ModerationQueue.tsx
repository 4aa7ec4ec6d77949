import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/components/dates';
import { PostedWhere } from '@/components/PostedWhere';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useQueue, type ModerationItem } from '../api/moderation';
import { CommentDecision } from './CommentDecision';
import { DecisionHistory } from './DecisionHistory';

/**
 * Pending and reported comments, each with where it was written and decided with one click; hiding and rejecting need a
 * reason.
 */
export function ModerationQueue() {
  const { t } = useTranslation();
  const { data: items, isLoading, error } = useQueue();
  const [message, setMessage] = useState<string>();
  if (!items) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <StatusMessage message={message} />
      {items.length === 0 ? (
        <p>{t('moderation.empty')}</p>
      ) : (
        <ul className="card-list">
          {items.map((item) => (
            <QueueItem key={item.comment.id} item={item} onDecided={setMessage} />
          ))}
        </ul>
      )}
    </>
  );
}

function QueueItem({ item, onDecided }: { item: ModerationItem; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  // Staff see the exact time where the server gives it; the day otherwise.
  const when = item.comment.createdAt ? formatDateTime(item.comment.createdAt, i18n.language) : formatDate(item.comment.createdOn, i18n.language);
  return (
    <li className="format-card">
      <p className="comment__meta">
        <span className="comment__author">{item.comment.authorName}</span> · {when} · {t(`comments.state.${item.comment.state}`)}
      </p>
      <PostedWhere where={item.postedWhere} />
      <p className="preserve-lines">{item.comment.text}</p>
      {item.openReports.length > 0 && (
        <p>
          {t('moderation.reports')}: {item.openReports.join('; ')}
        </p>
      )}
      <CommentDecision comment={item.comment} idPrefix="queue" onDecided={onDecided} />
      <DecisionHistory commentId={item.comment.id} />
    </li>
  );
}
