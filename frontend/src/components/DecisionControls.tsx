import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/client';

export type Decision = Schemas['DecisionRequest']['decision'];

interface Props {
  /** The contribution decided on: its id and whose it is, for labels and messages. */
  item: { id: string; authorName: string };
  idPrefix: string;
  decide: (decision: Decision, reason: string | undefined, onSuccess: () => void) => void;
  pending: boolean;
  onDecided: (message: string) => void;
}

/** Approve, hide or reject a contribution; hiding and rejecting need a reason, which its author sees. */
export function DecisionControls({ item, idPrefix, decide, pending, onDecided }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const reasonId = `${idPrefix}-reason-${item.id}`;
  const act = (decision: Decision) => {
    if (decision !== 'APPROVE' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    decide(decision, reason || undefined, () => onDecided(t(`moderation.done.${decision}`, { name: item.authorName })));
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
          <button key={decision} type="button" className="button button--small" disabled={pending} aria-label={t(`moderation.action.${decision}`, { name: item.authorName })} onClick={() => act(decision)}>
            {t(`moderation.label.${decision}`)}
          </button>
        ))}
      </div>
    </>
  );
}
