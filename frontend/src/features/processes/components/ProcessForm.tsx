import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FormActions, SelectField, TextField } from '@/components/fields';
import { Markdown } from '@/components/Markdown';
import { useProblemForm } from '@/components/useProblemForm';
import type { Process } from '../api/getProcesses';
import { useSaveProcess } from '../api/manageProcesses';

const STATUSES: Process['status'][] = ['PLANNED', 'ONGOING', 'COMPLETED'];

interface Props {
  process?: Process;
  onSaved: (process: Process) => void;
  onCancel: () => void;
}

/** Creates or edits a process and its ordered phases; a phase keeps its identity (and its formats) by slug. */
export function ProcessForm({ process, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(process?.title ?? '');
  const [summary, setSummary] = useState(process?.summary ?? '');
  const [description, setDescription] = useState(process?.description ?? '');
  const [status, setStatus] = useState<Process['status']>(process?.status ?? 'PLANNED');
  const [phases, setPhases] = useState(
    (process?.phases ?? []).map((p) => ({ slug: p.slug, title: p.title, startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '' })),
  );
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const save = useSaveProcess();
  const update = (i: number, change: Partial<(typeof phases)[number]>) => {
    fixed(`phases[${i}]`);
    setPhases(phases.map((phase, j) => (j === i ? { ...phase, ...change } : phase)));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        slug: process?.slug,
        request: {
          slug: process?.slug,
          title,
          summary,
          description,
          status,
          phases: phases.map((p) => ({
            slug: p.slug || undefined,
            title: p.title,
            startsOn: p.startsOn || undefined,
            endsOn: p.endsOn || undefined,
          })),
          version: process?.version,
        },
      },
      handle(onSaved),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`processForm.${field.replace(/[[.].*/, '')}`, { defaultValue: field })} />
      <TextField id="title" label={t('processForm.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="summary" label={t('processForm.summary')} value={summary} onChange={fixing('summary', setSummary)} error={errors.summary} required maxLength={1000} />
      <TextField id="description" label={t('processForm.description')} hint={t('form.bodyHint')} value={description} onChange={fixing('description', setDescription)} error={errors.description} multiline />
      {description.trim() !== '' && (
        <details className="preview">
          <summary>{t('form.preview')}</summary>
          <Markdown source={description} />
        </details>
      )}
      <SelectField id="status" label={t('processForm.status')} value={status} onChange={fixing('status', (value: string) => setStatus(value as Process['status']))} error={errors.status} options={STATUSES.map((s) => ({ value: s, label: t(`processes.status.${s}`) }))} />
      <fieldset>
        <legend>{t('processForm.phases')}</legend>
        {phases.map((phase, i) => (
          <div className="finding-row" key={i}>
            <TextField id={`phases-${i}-title`} label={t('processForm.phaseTitle', { n: i + 1 })} value={phase.title} error={errors[`phases[${i}].title`] ?? errors[`phases[${i}].slug`]} onChange={(value) => update(i, { title: value })} />
            <div className="field-row">
              <TextField id={`phases-${i}-startsOn`} type="date" label={t('processForm.phaseStart', { n: i + 1 })} value={phase.startsOn} onChange={(value) => update(i, { startsOn: value })} />
              <TextField id={`phases-${i}-endsOn`} type="date" label={t('processForm.phaseEnd', { n: i + 1 })} value={phase.endsOn} error={errors[`phases[${i}].endsOn`]} onChange={(value) => update(i, { endsOn: value })} />
            </div>
            <button type="button" className="button button--quiet button--small" onClick={() => setPhases(phases.filter((_, j) => j !== i))}>
              {t('processForm.removePhase', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => setPhases([...phases, { slug: '', title: '', startsOn: '', endsOn: '' }])}>
          {t('processForm.addPhase')}
        </button>
      </fieldset>
      <FormActions saving={save.isPending} existing={process !== undefined} onCancel={onCancel} />
    </form>
  );
}
