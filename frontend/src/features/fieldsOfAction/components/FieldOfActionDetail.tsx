import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import type { FieldOfAction } from '../api/getFieldsOfAction';

type Goal = FieldOfAction['goals'][number];

/** A field of action with its goals (Entwicklungsziele) in order; `goalFooter` adds e.g. a comment thread per goal. */
export function FieldOfActionDetail({ field, goalFooter }: { field: FieldOfAction; goalFooter?: (goal: Goal) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="eyebrow">{t('fieldsOfAction.eyebrow')}</p>
      <h1>{field.title}</h1>
      <p className="lead">{field.summary}</p>
      <Markdown source={field.description} />
      <section aria-labelledby="goals">
        <h2 id="goals">{t('fieldsOfAction.goals')}</h2>
        {field.goals.length === 0 ? (
          <p className="muted">{t('fieldsOfAction.noGoals')}</p>
        ) : (
          <ol className="goal-list">
            {field.goals.map((goal) => (
              <li key={goal.id}>
                <h3 className="goal-list__title">{goal.title}</h3>
                {goal.description && <Markdown source={goal.description} />}
                {goalFooter?.(goal)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
