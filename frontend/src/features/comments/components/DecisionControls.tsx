import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecide, type Decision } from '../api/moderation';
import type { Comment } from '../api/comments';

/** Approve, hide or reject one comment; hiding and rejecting need a reason, which its author sees. */
export function DecisionControls({ comment, idPrefix, onDecided }: { comment: Comment; idPrefix: string; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const reasonId = `${idPrefix}-reason-${comment.id}`;
  const act = (decision: Decision) => {
    if (decision !== 'APPROVE' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    decide.mutate(
      { id: comment.id, decision, reason: reason || undefined },
      { onSuccess: () => onDecided(t(`moderation.done.${decision}`, { name: comment.authorName })) },
    );
  };
  return (
    <>
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
          <button key={decision} type="button" className="button button--small" disabled={decide.isPending} aria-label={t(`moderation.action.${decision}`, { name: comment.authorName })} onClick={() => act(decision)}>
            {t(`moderation.label.${decision}`)}
          </button>
        ))}
      </div>
    </>
  );
}
