import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTargetType } from '../api/comments';
import { CommentThread } from './CommentThread';

interface Props {
  targetType: CommentTargetType;
  targetId: string;
  /** The title of what is discussed, e.g. a goal. */
  title: string;
  anonymousAllowed?: boolean;
  /** Open from the start, e.g. when a link points to one of its comments. */
  initiallyOpen?: boolean;
}

/** A thread behind a button, for lists with many items that each take comments (goals, map contributions). */
export function CollapsibleCommentThread({ targetType, targetId, title, anonymousAllowed = false, initiallyOpen = false }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const regionId = `thread-${targetId}`;
  return (
    <div className="collapsible-thread">
      <button type="button" className="button button--small button--quiet" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('comments.hideFor', { title }) : t('comments.showFor', { title })}
      </button>
      <div id={regionId}>
        {open && (
          <CommentThread targetType={targetType} targetId={targetId} commentsEnabled anonymousAllowed={anonymousAllowed} heading={{ level: 4, text: t('comments.about', { title }) }} />
        )}
      </div>
    </div>
  );
}
