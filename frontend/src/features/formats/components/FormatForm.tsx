import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxField, CheckboxGroupField, FormActions, SelectField, TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import { Markdown } from '@/components/Markdown';
import type { Format } from '../api/listFormats';
import { useSaveFormat, type FormatRequest } from '../api/saveFormat';

export interface ProcessOption {
  slug: string;
  title: string;
  phases: { slug: string; title: string }[];
}

/** A district or field of action the format may be linked to. */
export interface LinkOption {
  slug: string;
  title: string;
}

const KINDS: Format['kind'][] = [
  'STAKEHOLDER_INTERVIEWS',
  'ONLINE_SURVEY',
  'STAKEHOLDER_WORKSHOP',
  'DISTRICT_WALK',
  'FUTURE_WORKSHOP',
  'PUBLIC_DIALOGUE',
  'OTHER',
];
const AUDIENCES: Format['audience'][] = ['PUBLIC', 'INVITED', 'INTERNAL'];

type FormState = {
  title: string;
  process: string;
  phase: string;
  kind: Format['kind'];
  summary: string;
  body: string;
  startsOn: string;
  endsOn: string;
  datePrecision: Format['datePrecision'];
  venue: string;
  online: boolean;
  audience: Format['audience'];
  commentsEnabled: boolean;
  anonymousAllowed: boolean;
  preModeration: boolean;
  districts: string[];
  fieldsOfAction: string[];
};

function initialState(format: Format | undefined, processes: ProcessOption[]): FormState {
  return {
    title: format?.title ?? '',
    process: format?.process.slug ?? processes[0]?.slug ?? '',
    phase: format?.phase?.slug ?? '',
    kind: format?.kind ?? 'PUBLIC_DIALOGUE',
    summary: format?.summary ?? '',
    body: format?.body ?? '',
    startsOn: format?.startsOn ?? '',
    endsOn: format && format.endsOn !== format.startsOn ? format.endsOn : '',
    datePrecision: format?.datePrecision ?? 'DAY',
    venue: format?.venue ?? '',
    online: format?.online ?? false,
    audience: format?.audience ?? 'PUBLIC',
    commentsEnabled: format?.participation.commentsEnabled ?? true,
    anonymousAllowed: format?.participation.anonymousAllowed ?? false,
    preModeration: format?.participation.preModeration ?? false,
    districts: format?.districts.map((district) => district.slug) ?? [],
    fieldsOfAction: format?.fieldsOfAction.map((field) => field.slug) ?? [],
  };
}

function toRequest(state: FormState, format: Format | undefined): FormatRequest {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    slug: format?.slug,
    process: state.process,
    phase: optional(state.phase),
    kind: state.kind,
    title: state.title,
    summary: state.summary,
    body: state.body,
    startsOn: state.startsOn,
    endsOn: optional(state.endsOn),
    datePrecision: state.datePrecision,
    venue: optional(state.venue),
    online: state.online,
    audience: state.audience,
    participation: {
      commentsEnabled: state.commentsEnabled,
      anonymousAllowed: state.anonymousAllowed,
      preModeration: state.preModeration,
    },
    districts: state.districts,
    fieldsOfAction: state.fieldsOfAction,
    version: format?.version,
  };
}

interface Props {
  processes: ProcessOption[];
  districts: LinkOption[];
  fieldsOfAction: LinkOption[];
  format?: Format;
  onSaved: (format: Format) => void;
  onCancel: () => void;
}

/** Creates or edits a participation format; the server's field violations appear at the fields they concern. */
export function FormatForm({ processes, districts, fieldsOfAction, format, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState(() => initialState(format, processes));
  const { errors, failure, summaryRef, fixed, handle } = useProblemForm({ groups: ['districts', 'fieldsOfAction'] });
  const save = useSaveFormat();
  const phases = processes.find((process) => process.slug === state.process)?.phases ?? [];

  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => {
    fixed(key);
    setState((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { slug: format?.slug, request: toRequest(state, format) },
      handle(onSaved),
    );
  };

  const fieldError = (field: string) => errors[field] ?? errors[`participation.${field}`];

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`form.${field}`, { defaultValue: field })} />
      <TextField id="title" label={t('form.title')} value={state.title} onChange={set('title')} error={fieldError('title')} required maxLength={200} />
      <SelectField
        id="process"
        label={t('form.process')}
        value={state.process}
        onChange={(value) => {
          fixed('process');
          setState((current) => ({ ...current, process: value, phase: '' }));
        }}
        options={processes.map((process) => ({ value: process.slug, label: process.title }))}
        error={fieldError('process')}
        required
      />
      <SelectField
        id="phase"
        label={t('form.phase')}
        value={state.phase}
        onChange={set('phase')}
        options={[{ value: '', label: t('form.noPhase') }, ...phases.map((phase) => ({ value: phase.slug, label: phase.title }))]}
        error={fieldError('phase')}
      />
      <SelectField
        id="kind"
        label={t('form.kind')}
        value={state.kind}
        onChange={(value) => set('kind')(value as Format['kind'])}
        options={KINDS.map((kind) => ({ value: kind, label: t(`format.kind.${kind}`) }))}
        error={fieldError('kind')}
        required
      />
      <TextField id="summary" label={t('form.summary')} value={state.summary} onChange={set('summary')} error={fieldError('summary')} required maxLength={1000} />
      <TextField id="body" label={t('form.body')} hint={t('form.bodyHint')} value={state.body} onChange={set('body')} error={fieldError('body')} multiline />
      {state.body.trim() !== '' && (
        <details className="preview">
          <summary>{t('form.preview')}</summary>
          <Markdown source={state.body} />
        </details>
      )}
      <div className="field-row">
        <TextField id="startsOn" type="date" label={t('form.startsOn')} value={state.startsOn} onChange={set('startsOn')} error={fieldError('startsOn')} required />
        <TextField id="endsOn" type="date" label={t('form.endsOn')} value={state.endsOn} onChange={set('endsOn')} error={fieldError('endsOn')} />
      </div>
      <SelectField
        id="datePrecision"
        label={t('form.datePrecision')}
        value={state.datePrecision}
        onChange={(value) => set('datePrecision')(value as Format['datePrecision'])}
        options={(['DAY', 'MONTH'] as const).map((precision) => ({ value: precision, label: t(`form.precision.${precision}`) }))}
        error={fieldError('datePrecision')}
      />
      <TextField id="venue" label={t('form.venue')} value={state.venue} onChange={set('venue')} error={fieldError('venue')} maxLength={300} />
      <CheckboxField id="online" label={t('form.online')} checked={state.online} onChange={set('online')} />
      <SelectField
        id="audience"
        label={t('form.audience')}
        value={state.audience}
        onChange={(value) => set('audience')(value as Format['audience'])}
        options={AUDIENCES.map((audience) => ({ value: audience, label: t(`format.audience.${audience}`) }))}
        error={fieldError('audience')}
      />
      <CheckboxGroupField
        id="districts"
        legend={t('form.districts')}
        values={state.districts}
        onChange={set('districts')}
        options={districts.map((district) => ({ value: district.slug, label: district.title }))}
        error={fieldError('districts')}
      />
      <CheckboxGroupField
        id="fieldsOfAction"
        legend={t('form.fieldsOfAction')}
        values={state.fieldsOfAction}
        onChange={set('fieldsOfAction')}
        options={fieldsOfAction.map((field) => ({ value: field.slug, label: field.title }))}
        error={fieldError('fieldsOfAction')}
      />
      <fieldset>
        <legend>{t('form.participation')}</legend>
        <CheckboxField id="commentsEnabled" label={t('form.commentsEnabled')} checked={state.commentsEnabled} onChange={set('commentsEnabled')} />
        <CheckboxField id="anonymousAllowed" label={t('form.anonymousAllowed')} checked={state.anonymousAllowed} onChange={set('anonymousAllowed')} />
        <CheckboxField id="preModeration" label={t('form.preModeration')} checked={state.preModeration} onChange={set('preModeration')} />
      </fieldset>
      <FormActions saving={save.isPending} existing={format !== undefined} onCancel={onCancel} />
    </form>
  );
}
