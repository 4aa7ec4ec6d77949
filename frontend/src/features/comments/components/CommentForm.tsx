import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import { useCreateComment, type CommentTargetType } from '../api/comments';

interface Props {
  targetType: CommentTargetType;
  targetId: string;
  parentId?: string;
  /** Without login, a pseudonym is asked for; the caller decides whether anonymous input is allowed. */
  anonymous: boolean;
  idPrefix: string;
  onDone: (message: string) => void;
}

export function CommentForm({ targetType, targetId, parentId, anonymous, idPrefix, onDone }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const create = useCreateComment();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { targetType, targetId, parentId, text, pseudonym: anonymous ? pseudonym : undefined },
      handle((created) => {
        setText('');
        const pending = created.comment.state === 'PENDING' ? ` ${t('comments.pending')}` : '';
        const token = created.deletionToken ? ` ${t('comments.token', { token: created.deletionToken })}` : '';
        onDone(`${t('comments.saved')}${pending}${token}`);
      }),
    );
  };

  return (
    <form className="form comment-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`comments.field.${field}`, { defaultValue: field })} />
      {anonymous && (
        <TextField id={`${idPrefix}-pseudonym`} label={t('comments.field.pseudonym')} hint={t('comments.pseudonymHint')} value={pseudonym} onChange={fixing('pseudonym', setPseudonym)} error={errors.pseudonym} required maxLength={50} />
      )}
      <TextField id={`${idPrefix}-text`} label={parentId ? t('comments.replyLabel') : t('comments.field.text')} value={text} onChange={fixing('text', setText)} error={errors.text} required multiline maxLength={2000} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {parentId ? t('comments.sendReply') : t('comments.send')}
        </button>
      </div>
    </form>
  );
}
