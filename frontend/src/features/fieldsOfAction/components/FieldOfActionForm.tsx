import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FormActions, TextField } from '@/components/fields';
import type { Schemas } from '@/api/client';
import { geoJsonText, parseGeoJson } from '@/components/geoJsonText';
import { Markdown } from '@/components/Markdown';
import { useProblemForm } from '@/components/useProblemForm';
import type { FieldOfAction } from '../api/getFieldsOfAction';
import { useSaveFieldOfAction } from '../api/manageFieldsOfAction';

interface Props {
  field?: FieldOfAction;
  onSaved: (field: FieldOfAction) => void;
  onCancel: () => void;
}

/** Creates or edits a Handlungsfeld with its ordered goals and an optional GeoJSON strategy map. */
export function FieldOfActionForm({ field, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(field?.title ?? '');
  const [summary, setSummary] = useState(field?.summary ?? '');
  const [description, setDescription] = useState(field?.description ?? '');
  const [position, setPosition] = useState(String(field?.position ?? 0));
  const [goals, setGoals] = useState((field?.goals ?? []).map((g) => ({ slug: g.slug, title: g.title, description: g.description })));
  const [strategyMap, setStrategyMap] = useState(geoJsonText(field?.strategyMap));
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const [mapInvalid, setMapInvalid] = useState(false);
  const save = useSaveFieldOfAction();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const map = parseGeoJson<Schemas['GeoJsonObject']>(strategyMap);
    setMapInvalid(map.invalid);
    if (map.invalid) {
      return;
    }
    save.mutate(
      {
        slug: field?.slug,
        request: {
          slug: field?.slug,
          title,
          summary,
          description,
          position: Number(position),
          strategyMap: map.value,
          goals: goals.map((goal) => ({ slug: goal.slug || undefined, title: goal.title, description: goal.description })),
          version: field?.version,
        },
      },
      handle(onSaved),
    );
  };
  const mapError = mapInvalid ? t('fieldForm.mapNotJson') : Object.entries(errors).find(([k]) => k.startsWith('strategyMap'))?.[1];

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(name) => t(`fieldForm.${name.replace(/[[.].*/, '')}`, { defaultValue: name })} />
      <TextField id="title" label={t('fieldForm.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="summary" label={t('fieldForm.summary')} value={summary} onChange={fixing('summary', setSummary)} error={errors.summary} required maxLength={1000} />
      <TextField id="description" label={t('fieldForm.description')} hint={t('form.bodyHint')} value={description} onChange={fixing('description', setDescription)} error={errors.description} multiline />
      {description.trim() !== '' && (
        <details className="preview">
          <summary>{t('form.preview')}</summary>
          <Markdown source={description} />
        </details>
      )}
      <TextField id="position" type="number" label={t('fieldForm.position')} value={position} onChange={fixing('position', setPosition)} error={errors.position} />
      <fieldset>
        <legend>{t('fieldForm.goals')}</legend>
        {goals.map((goal, i) => (
          <div className="finding-row" key={i}>
            <TextField id={`goals-${i}-title`} label={t('fieldForm.goalTitle', { n: i + 1 })} value={goal.title} error={errors[`goals[${i}].title`] ?? errors[`goals[${i}].slug`]} onChange={(value) => { fixed(`goals[${i}]`); setGoals(goals.map((g, j) => (j === i ? { ...g, title: value } : g))); }} />
            <TextField id={`goals-${i}-description`} label={t('fieldForm.goalDescription', { n: i + 1 })} value={goal.description} multiline onChange={(value) => setGoals(goals.map((g, j) => (j === i ? { ...g, description: value } : g)))} />
            <button type="button" className="button button--quiet button--small" onClick={() => setGoals(goals.filter((_, j) => j !== i))}>
              {t('fieldForm.removeGoal', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => setGoals([...goals, { slug: '', title: '', description: '' }])}>
          {t('fieldForm.addGoal')}
        </button>
      </fieldset>
      <TextField id="strategyMap" label={t('fieldForm.strategyMap')} hint={t('fieldForm.strategyMapHint')} value={strategyMap} onChange={(value) => { fixed('strategyMap'); setMapInvalid(false); setStrategyMap(value); }} error={mapError} multiline />
      <FormActions saving={save.isPending} existing={field !== undefined} onCancel={onCancel} />
    </form>
  );
}
