import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { SelectField, TextField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useChoices, useRecordObservation, type ObservationRequest } from '../api/synthesis';

type Kind = ObservationRequest['kind'];

/** Staff note what came up at an offline format: a stop of a district walk, or a flip chart with its dots. */
export function ObservationForm() {
  const { t } = useTranslation();
  const { data: choices } = useChoices();
  const record = useRecordObservation();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const [format, setFormat] = useState('');
  const [kind, setKind] = useState<Kind>('WALK_STOP');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [dots, setDots] = useState('');
  const [message, setMessage] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { format, kind, title, text, dotCount: kind === 'FLIPCHART' && dots ? Number(dots) : undefined },
      handle(() => { setMessage(t('synthesis.observed', { title })); setTitle(''); setText(''); setDots(''); }),
    );
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <StatusMessage message={message} />
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(f) => t(`synthesis.fields.${f}`, { defaultValue: f })} />
      <div className="field-row">
        <SelectField id="observation-format" label={t('synthesis.fields.format')} value={format} onChange={fixing('format', setFormat)} error={errors.format} required
          options={[{ value: '', label: t('map.choosePlace') }, ...(choices?.formats ?? []).map((f) => ({ value: f.slug, label: f.title }))]} />
        <SelectField id="observation-kind" label={t('synthesis.fields.kind')} value={kind} onChange={(k) => setKind(k as Kind)}
          options={(['WALK_STOP', 'FLIPCHART'] as Kind[]).map((k) => ({ value: k, label: t(`synthesis.observationKind.${k}`) }))} />
      </div>
      <TextField id="observation-title" label={t('synthesis.fields.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="observation-text" label={t('synthesis.fields.text')} value={text} onChange={fixing('text', setText)} error={errors.text} required multiline maxLength={5000} />
      {kind === 'FLIPCHART' && (
        <TextField id="observation-dots" type="number" label={t('synthesis.fields.dotCount')} value={dots} onChange={fixing('dotCount', setDots)} error={errors.dotCount} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={record.isPending}>{t('synthesis.record')}</button>
      </div>
    </form>
  );
}
