import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { LOG_PAGE_SIZE, useDecisionLog, type DecisionLogEntry } from '../api/moderation';
import { CommentDecision } from './CommentDecision';

/** Every decision, newest first; a hidden or rejected comment can be decided again from here. */
export function ModerationLog() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const { data, isLoading, error } = useDecisionLog(page);
  const [message, setMessage] = useState<string>();
  if (!data) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  const pages = Math.max(1, Math.ceil(data.total / LOG_PAGE_SIZE));
  return (
    <>
      <StatusMessage message={message} />
      {data.items.length === 0 ? (
        <p>{t('moderation.noHistory')}</p>
      ) : (
        <ol className="card-list">
          {data.items.map((entry, index) => (
            <LogEntry key={`${entry.comment.id}-${entry.decision.decidedAt}`} entry={entry} idPrefix={`log-${page}-${index}`} onDecided={setMessage} />
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('moderation.logPages')}>
          <button type="button" className="button button--small button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('moderation.newer')}
          </button>
          <span>{t('moderation.page', { page: page + 1, pages })}</span>
          <button type="button" className="button button--small button--quiet" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('moderation.older')}
          </button>
        </nav>
      )}
    </>
  );
}

function LogEntry({ entry, idPrefix, onDecided }: { entry: DecisionLogEntry; idPrefix: string; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  const { decision, comment } = entry;
  return (
    <li className="format-card">
      <p className="comment__meta">
        {t('moderation.decidedBy', { decision: t(`moderation.decided.${decision.decision}`), moderator: decision.moderator, date: formatDateTime(decision.decidedAt, i18n.language) })}
        {decision.reason && <> – {decision.reason}</>}
      </p>
      <p className="comment__meta">
        <span className="comment__author">{comment.authorName}</span> · {t(`comments.state.${comment.state}`)}
      </p>
      <p className="preserve-lines">{comment.text}</p>
      <button type="button" className="button button--small button--quiet" aria-expanded={deciding} onClick={() => setDeciding(!deciding)}>
        {t('moderation.decideAgain')}
      </button>
      {deciding && <CommentDecision comment={comment} idPrefix={idPrefix} onDecided={(m) => { setDeciding(false); onDecided(m); }} />}
    </li>
  );
}
