import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawComment, type Comment } from '../api/comments';

/** Withdrawing asks once more, since it cannot be undone. */
export function WithdrawButton({ comment, onDone }: { comment: Comment; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawComment();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(true)}>
        {t('comments.withdraw')}
      </button>
    );
  }
  return (
    <div className="comment__actions" role="group" aria-label={t('comments.withdrawQuestion')}>
      <span>{t('comments.withdrawQuestion')}</span>
      <button
        type="button"
        className="button button--small"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate(comment.id, { onSuccess: () => onDone(t('comments.withdrawnDone')) })}
      >
        {t('comments.withdrawConfirm')}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
