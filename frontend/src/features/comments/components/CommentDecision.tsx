import { DecisionControls } from '@/components/DecisionControls';
import type { Comment } from '../api/comments';
import { useDecide } from '../api/moderation';

/** The moderator's decision on one comment. */
export function CommentDecision({ comment, idPrefix, onDecided }: { comment: Comment; idPrefix: string; onDecided: (message: string) => void }) {
  const decide = useDecide();
  return (
    <DecisionControls
      item={comment}
      idPrefix={idPrefix}
      pending={decide.isPending}
      decide={(decision, reason, onSuccess) => decide.mutate({ id: comment.id, decision, reason }, { onSuccess })}
      onDecided={onDecided}
    />
  );
}
