import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFieldOfAction, useFieldsOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { FieldOfActionDetail } from '@/features/fieldsOfAction/components/FieldOfActionDetail';
import { FieldOfActionList } from '@/features/fieldsOfAction/components/FieldOfActionList';
import { CollapsibleCommentThread } from '@/features/comments/components/CollapsibleCommentThread';
import { CommentThread } from '@/features/comments/components/CommentThread';
import { FieldOutcome } from '@/features/outcomes/components/FieldOutcome';
import { RelatedFormats } from './RelatedFormats';

export function FieldsOfActionPage() {
  const { t } = useTranslation();
  const { data: fields, isLoading, error } = useFieldsOfAction();
  usePageTitle(t('fieldsOfAction.title'));
  return (
    <>
      <h1>{t('fieldsOfAction.title')}</h1>
      <p className="lead">{t('fieldsOfAction.intro')}</p>
      {!fields ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : fields.length === 0 ? (
        <p>{t('fieldsOfAction.none')}</p>
      ) : (
        <FieldOfActionList fields={fields} />
      )}
    </>
  );
}

export function FieldOfActionPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  // A link to a comment on a goal names the goal, so that its thread is open.
  const openGoal = useSearchParams()[0].get('ziel');
  const { data: field, isLoading, error } = useFieldOfAction(slug);
  usePageTitle(field?.title);
  if (!field) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <article>
      <FieldOfActionDetail field={field} goalFooter={(goal) => <CollapsibleCommentThread targetType="GOAL" targetId={goal.id} title={goal.title} initiallyOpen={goal.id === openGoal} />} />
      <RelatedFormats
        filter={{ fieldOfAction: slug }}
        heading={t('fieldsOfAction.formats')}
        empty={t('fieldsOfAction.noFormats')}
      />
      <FieldOutcome slug={slug} />
      <CommentThread targetType="FIELD_OF_ACTION" targetId={field.id} commentsEnabled anonymousAllowed={false} />
    </article>
  );
}
