import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { useDecisionHistory } from '../api/moderation';

/** Earlier decisions on a comment, loaded when asked for. */
export function DecisionHistory({ commentId }: { commentId: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data: decisions } = useDecisionHistory(commentId, open);
  const regionId = `history-${commentId}`;
  return (
    <div>
      <button type="button" className="button button--small button--quiet" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {t('moderation.history')}
      </button>
      <div id={regionId}>
        {open && decisions && (decisions.length === 0 ? (
          <p className="muted">{t('moderation.noHistory')}</p>
        ) : (
          <ol className="decision-history">
            {decisions.map((d) => (
              <li key={d.decidedAt}>
                {t('moderation.decidedBy', { decision: t(`moderation.decided.${d.decision}`), moderator: d.moderator, date: formatDateTime(d.decidedAt, i18n.language) })}
                {d.reason && <> – {d.reason}</>}
              </li>
            ))}
          </ol>
        ))}
      </div>
    </div>
  );
}
