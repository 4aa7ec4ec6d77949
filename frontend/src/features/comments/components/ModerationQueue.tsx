import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useDecide, useQueue, type Decision, type ModerationItem } from '../api/moderation';

/** Pending and reported comments, each decided with one click; hiding and rejecting need a reason. */
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
  const { t } = useTranslation();
  const decide = useDecide();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const reasonId = `reason-${item.comment.id}`;
  const act = (decision: Decision) => {
    if (decision !== 'APPROVE' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    decide.mutate(
      { id: item.comment.id, decision, reason: reason || undefined },
      { onSuccess: () => onDecided(t(`moderation.done.${decision}`, { name: item.comment.authorName })) },
    );
  };
  return (
    <li className="format-card">
      <p className="comment__meta">
        <span className="comment__author">{item.comment.authorName}</span> · {t(`comments.state.${item.comment.state}`)}
      </p>
      <p className="preserve-lines">{item.comment.text}</p>
      {item.openReports.length > 0 && (
        <p>
          {t('moderation.reports')}: {item.openReports.join('; ')}
        </p>
      )}
      <div className={missingReason ? 'field field--invalid' : 'field'}>
        <label htmlFor={reasonId}>{t('moderation.reason')}</label>
        <input id={reasonId} type="text" value={reason} maxLength={1000} aria-describedby={missingReason ? `${reasonId}-error` : undefined} aria-invalid={missingReason || undefined} onChange={(e) => setReason(e.target.value)} />
        {missingReason && (
          <p className="field__error" id={`${reasonId}-error`}>
            {t('moderation.reasonNeeded')}
          </p>
        )}
      </div>
      <div className="comment__actions">
        {(['APPROVE', 'HIDE', 'REJECT'] as Decision[]).map((decision) => (
          <button key={decision} type="button" className="button button--small" disabled={decide.isPending} aria-label={t(`moderation.action.${decision}`, { name: item.comment.authorName })} onClick={() => act(decision)}>
            {t(`moderation.label.${decision}`)}
          </button>
        ))}
      </div>
    </li>
  );
}
