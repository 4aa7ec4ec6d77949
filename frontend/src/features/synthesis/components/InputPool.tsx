import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { SelectField, TextField } from '@/components/fields';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useChoices, useLink, usePool, useRespond, type InputKey, type InputKind, type PoolFilter, type ResponseStatus } from '../api/synthesis';

const KINDS: InputKind[] = ['COMMENT', 'MAP_CONTRIBUTION', 'SURVEY_ANSWER', 'INTERVIEW_FINDING', 'OBSERVATION'];
const STATUSES: ResponseStatus[] = ['TAKEN_UP', 'PARTLY', 'NOT_TAKEN_UP', 'UNDER_REVIEW'];
const keyOf = (input: InputKey) => `${input.kind}|${input.ref}`;

/** All published input: filter it, select some, link them to a field of action or goal, or answer them. */
export function InputPool() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PoolFilter>({ linked: false });
  const [selected, setSelected] = useState<Record<string, InputKey>>({});
  const [field, setField] = useState('');
  const [goal, setGoal] = useState('');
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<ResponseStatus>('UNDER_REVIEW');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string>();
  const { data: pool, isLoading, error } = usePool(filter);
  const { data: choices } = useChoices();
  const link = useLink();
  const respond = useRespond();
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const goals = choices?.fields.find((f) => f.slug === field)?.goals ?? [];
  const chosen = Object.values(selected);
  const target = { inputs: chosen, fieldOfAction: field, goal: goal || undefined };

  return (
    <>
      <StatusMessage message={message} />
      <div className="field-row">
        <SelectField id="pool-kind" label={t('synthesis.kind')} value={filter.kind ?? ''} onChange={(kind) => setFilter({ ...filter, kind: (kind || undefined) as InputKind | undefined })}
          options={[{ value: '', label: t('map.all') }, ...KINDS.map((k) => ({ value: k, label: t(`outcome.kind.${k}`) }))]} />
        <SelectField id="pool-format" label={t('synthesis.format')} value={filter.format ?? ''} onChange={(format) => setFilter({ ...filter, format: format || undefined })}
          options={[{ value: '', label: t('map.all') }, ...(choices?.formats ?? []).map((f) => ({ value: f.slug, label: f.title }))]} />
        <SelectField id="pool-linked" label={t('synthesis.linked')} value={filter.linked === undefined ? '' : String(filter.linked)}
          onChange={(linked) => setFilter({ ...filter, linked: linked === '' ? undefined : linked === 'true' })}
          options={[{ value: '', label: t('map.all') }, { value: 'false', label: t('synthesis.notLinked') }, { value: 'true', label: t('synthesis.alreadyLinked') }]} />
      </div>
      {!pool ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <fieldset>
          <legend>{t('synthesis.inputs', { count: pool.length })}</legend>
          <ul className="card-list">
            {pool.slice(0, 200).map(({ input, links }) => {
              const key = keyOf(input);
              return (
                <li key={key} className="choice">
                  <input type="checkbox" id={`input-${key}`} checked={Boolean(selected[key])}
                    onChange={(e) => {
                      const next = { ...selected };
                      if (e.target.checked) {
                        next[key] = { kind: input.kind, ref: input.ref };
                      } else {
                        delete next[key];
                      }
                      fixed('inputs');
                      setSelected(next);
                    }} />
                  <label htmlFor={`input-${key}`}>
                    <span className="muted">{t(`outcome.kind.${input.kind}`)}:</span> {input.title ? `${input.title} – ` : ''}{input.text}
                    {links.length > 0 && <span className="muted"> ({links.map((l) => l.goalTitle ?? l.fieldOfActionTitle).join(', ')})</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(f) => t(`synthesis.fields.${f.replace(/\[.*$/, '')}`, { defaultValue: f })} />
        <p>{t('synthesis.selected', { count: chosen.length })}</p>
        <div className="field-row">
          <SelectField id="fieldOfAction" label={t('synthesis.fields.fieldOfAction')} value={field} onChange={(f) => { fixed('fieldOfAction'); fixed('goal'); setField(f); setGoal(''); }} error={errors.fieldOfAction} required
            options={[{ value: '', label: t('map.choosePlace') }, ...(choices?.fields ?? []).map((f) => ({ value: f.slug, label: f.title }))]} />
          <SelectField id="goal" label={t('synthesis.fields.goal')} value={goal} onChange={fixing('goal', setGoal)} error={errors.goal}
            options={[{ value: '', label: t('synthesis.wholeField') }, ...goals.map((g) => ({ value: g.slug, label: g.title }))]} />
        </div>
        <div className="form-actions">
          <button type="button" className="button" disabled={link.isPending || chosen.length === 0}
            onClick={() => link.mutate(target, handle(() => { setMessage(t('synthesis.linkedDone', { count: chosen.length })); setSelected({}); }))}>
            {t('synthesis.link')}
          </button>
        </div>
        <h3>{t('synthesis.respond')}</h3>
        <TextField id="response-title" label={t('synthesis.fields.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
        <SelectField id="response-status" label={t('synthesis.fields.status')} value={status} onChange={(s) => setStatus(s as ResponseStatus)}
          options={STATUSES.map((s) => ({ value: s, label: t(`outcome.status.${s}`) }))} />
        <TextField id="response-reason" label={t('synthesis.fields.reason')} value={reason} onChange={fixing('reason', setReason)} error={errors.reason} required multiline maxLength={5000} />
        <div className="form-actions">
          <button type="button" className="button" disabled={respond.isPending}
            onClick={() => respond.mutate({ ...target, title, status, reason }, handle(() => { setMessage(t('synthesis.respondedDone', { title })); setTitle(''); setReason(''); }))}>
            {t('synthesis.saveResponse')}
          </button>
        </div>
      </form>
    </>
  );
}
