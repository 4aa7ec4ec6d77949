import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { formatDate } from '@/components/dates';
import { StatusMessage } from '@/components/StatusMessage';
import { deletionToken, useComments, useReportComment, useSupportComment, type Comment, type CommentTargetType } from '../api/comments';
import { WithdrawButton } from './WithdrawButton';
import { CommentForm } from './CommentForm';

interface Props {
  targetType: CommentTargetType;
  targetId: string;
  commentsEnabled: boolean;
  anonymousAllowed: boolean;
  /** Threads nested in a page section (e.g. on a goal) use a lower heading and their own title. */
  heading?: { level: 3 | 4; text: string };
}

const MAX_DEPTH = 2;

/** Comments and replies on an item. All text is rendered as text, never as HTML. */
export function CommentThread({ targetType, targetId, commentsEnabled, anonymousAllowed, heading }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { data: comments } = useComments(targetType, targetId);
  const [message, setMessage] = useState<string>();
  const canWrite = commentsEnabled && (auth.authenticated || anonymousAllowed);

  const children = (parentId: string | null) => (comments ?? []).filter((c) => (c.parentId ?? null) === parentId);
  const render = (comment: Comment) => (
    <li key={comment.id} id={`comment-${comment.id}`} className="comment">
      <CommentView comment={comment} canReply={canWrite && comment.depth < MAX_DEPTH && comment.state === 'PUBLISHED'} anonymous={!auth.authenticated} onMessage={setMessage} />
      {children(comment.id).length > 0 && <ul className="comment-list">{children(comment.id).map(render)}</ul>}
    </li>
  );

  const headingId = heading ? `comments-${targetId}` : 'comments';
  const Heading = heading ? (`h${heading.level}` as const) : 'h2';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{heading?.text ?? t('comments.title')}</Heading>
      <StatusMessage message={message} />
      {comments && comments.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ul className="comment-list">{children(null).map(render)}</ul>
      {!commentsEnabled ? (
        <p>{t('comments.closed')}</p>
      ) : canWrite ? (
        <CommentForm targetType={targetType} targetId={targetId} anonymous={!auth.authenticated} idPrefix={`new-comment-${targetId}`} onDone={setMessage} />
      ) : (
        <p>
          {t('comments.loginToComment')}{' '}
          <button type="button" className="button button--quiet button--small" onClick={() => auth.login()}>
            {t('nav.login')}
          </button>
        </p>
      )}
    </section>
  );
}

function CommentView({ comment, canReply, anonymous, onMessage }: { comment: Comment; canReply: boolean; anonymous: boolean; onMessage: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const support = useSupportComment();
  const report = useReportComment();
  const [replying, setReplying] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  // Public threads give the day only: an exact time could be matched with other records of the moment.
  const when = formatDate(comment.createdOn, i18n.language);

  if (comment.withdrawn) {
    return <p className="muted">{t('comments.withdrawn')}</p>;
  }
  // One's own comment: by login, or written anonymously on this device. It is not supported or reported by its author.
  const own = comment.writtenByMe || deletionToken(comment.id) !== null;
  return (
    <article className="comment__body" aria-label={t('comments.by', { name: comment.authorName })}>
      <p className="comment__meta">
        <span className="comment__author">{comment.authorName}</span> · {when}
        {comment.state !== 'PUBLISHED' && <> · {t(`comments.state.${comment.state}`)}</>}
      </p>
      <p className="preserve-lines">{comment.text}</p>
      {comment.moderationReason && <p className="muted">{t('comments.reason', { reason: comment.moderationReason })}</p>}
      {own && (
        <>
          {comment.state === 'PUBLISHED' && (
            <p>
              <Link to={`/was-wurde-daraus/COMMENT/${comment.id}`}>{t('comments.follow')}</Link>
            </p>
          )}
          <WithdrawButton comment={comment} onDone={onMessage} />
        </>
      )}
      {comment.state === 'PUBLISHED' && (
        <div className="comment__actions">
          {auth.authenticated && !own ? (
            <button type="button" className="button button--small button--quiet" aria-pressed={comment.supportedByMe} onClick={() => support.mutate({ id: comment.id, support: !comment.supportedByMe })}>
              {t('comments.support', { count: comment.supportCount })}
            </button>
          ) : (
            <span className="muted">{t('comments.supportCount', { count: comment.supportCount })}</span>
          )}
          {canReply && (
            <button type="button" className="button button--small button--quiet" aria-expanded={replying} onClick={() => setReplying(!replying)}>
              {t('comments.reply')}
            </button>
          )}
          {!own && (
            <button type="button" className="button button--small button--quiet" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
              {t('comments.report')}
            </button>
          )}
        </div>
      )}
      {replying && (
        <CommentForm targetType={comment.targetType} targetId={comment.targetId} parentId={comment.id} anonymous={anonymous} idPrefix={`reply-${comment.id}`} onDone={(m) => { setReplying(false); onMessage(m); }} />
      )}
      {reporting && (
        <form className="form" onSubmit={(e) => { e.preventDefault(); report.mutate({ id: comment.id, reason }, { onSuccess: () => { setReporting(false); onMessage(t('comments.reported')); } }); }}>
          <label htmlFor={`report-${comment.id}`}>{t('comments.reportReason')}</label>
          <input id={`report-${comment.id}`} type="text" value={reason} maxLength={1000} required onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button button--small">{t('comments.sendReport')}</button>
          </div>
        </form>
      )}
    </article>
  );
}
