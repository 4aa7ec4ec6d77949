import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '@/components/fields';
import type { Question } from '../api/surveys';

export type QuestionType = Question['type'];
export const QUESTION_TYPES: QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT', 'RANKING', 'LOCATION'];

export interface QuestionDraft {
  slug?: string;
  type: QuestionType;
  title: string;
  helpText: string;
  required: boolean;
  /** Options keep their key once saved; new ones get a key from their label. */
  options: { key?: string; label: string }[];
  scale: { min: string; max: string; minLabel: string; maxLabel: string };
  maxLength: string;
}

export function emptyQuestion(type: QuestionType = 'SINGLE_CHOICE'): QuestionDraft {
  return { type, title: '', helpText: '', required: true, options: [{ label: '' }, { label: '' }], scale: { min: '1', max: '5', minLabel: '', maxLabel: '' }, maxLength: '1000' };
}

export const hasOptions = (type: QuestionType) => type !== 'SCALE' && type !== 'FREE_TEXT';

interface Props {
  index: number;
  count: number;
  question: QuestionDraft;
  errors: Record<string, string>;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One question of the survey editor; ids follow the server's field paths, so error links land on the control. */
export function QuestionEditor({ index, count, question, errors, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const path = `questions-${index}`;
  const error = (field: string) => errors[`questions[${index}]${field ? `.${field}` : ''}`];
  const n = index + 1;
  return (
    <fieldset className="question">
      <legend>{t('surveyEditor.question', { n })}</legend>
      <SelectField id={`${path}-type`} label={t('surveyEditor.type')} value={question.type} onChange={(type) => onChange({ ...question, type: type as QuestionType })} error={error('type')}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveyEditor.types.${type}`) }))} />
      <TextField id={`${path}-title`} label={t('surveyEditor.title', { n })} value={question.title} onChange={(title) => onChange({ ...question, title })} error={error('title')} required maxLength={500} />
      <TextField id={`${path}-helpText`} label={t('surveyEditor.helpText', { n })} value={question.helpText} onChange={(helpText) => onChange({ ...question, helpText })} error={error('helpText')} maxLength={2000} />
      <CheckboxField id={`${path}-required`} label={t('surveyEditor.required', { n })} checked={question.required} onChange={(required) => onChange({ ...question, required })} />
      {error('required') && <p className="field__error">{error('required')}</p>}
      {hasOptions(question.type) && (
        <fieldset id={`${path}-options`} tabIndex={-1}>
          <legend>{t(question.type === 'LOCATION' ? 'surveyEditor.categories' : 'surveyEditor.options', { n })}</legend>
          {error('options') && <p className="field__error">{error('options')}</p>}
          {question.options.map((option, i) => (
            <div key={i} className="finding-row">
              <TextField id={`${path}-options-${i}-label`} label={t('surveyEditor.option', { n, i: i + 1 })} value={option.label} maxLength={300} error={error(`options[${i}].label`)}
                onChange={(label) => onChange({ ...question, options: question.options.map((o, j) => (j === i ? { ...o, label } : o)) })} />
              <button type="button" className="button button--small button--quiet" aria-label={t('surveyEditor.removeOption', { n, i: i + 1 })}
                onClick={() => onChange({ ...question, options: question.options.filter((_, j) => j !== i) })}>
                {t('surveyEditor.remove')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--small button--quiet" onClick={() => onChange({ ...question, options: [...question.options, { label: '' }] })}>
            {t('surveyEditor.addOption', { n })}
          </button>
        </fieldset>
      )}
      {question.type === 'SCALE' && (
        <div className="field-row">
          <TextField id={`${path}-scale-min`} type="number" label={t('surveyEditor.scaleMin')} value={question.scale.min} onChange={(min) => onChange({ ...question, scale: { ...question.scale, min } })} error={error('scale.min')} required />
          <TextField id={`${path}-scale-minLabel`} label={t('surveyEditor.scaleMinLabel')} value={question.scale.minLabel} onChange={(minLabel) => onChange({ ...question, scale: { ...question.scale, minLabel } })} error={error('scale.minLabel') ?? error('scale')} required maxLength={100} />
          <TextField id={`${path}-scale-max`} type="number" label={t('surveyEditor.scaleMax')} value={question.scale.max} onChange={(max) => onChange({ ...question, scale: { ...question.scale, max } })} error={error('scale.max')} required />
          <TextField id={`${path}-scale-maxLabel`} label={t('surveyEditor.scaleMaxLabel')} value={question.scale.maxLabel} onChange={(maxLabel) => onChange({ ...question, scale: { ...question.scale, maxLabel } })} error={error('scale.maxLabel')} required maxLength={100} />
        </div>
      )}
      {question.type === 'FREE_TEXT' && (
        <TextField id={`${path}-maxLength`} type="number" label={t('surveyEditor.maxLength')} value={question.maxLength} onChange={(maxLength) => onChange({ ...question, maxLength })} error={error('maxLength')} />
      )}
      <div className="comment__actions">
        <button type="button" className="button button--small button--quiet" disabled={index === 0} onClick={() => onMove(-1)}>{t('surveyEditor.up', { n })}</button>
        <button type="button" className="button button--small button--quiet" disabled={index === count - 1} onClick={() => onMove(1)}>{t('surveyEditor.down', { n })}</button>
        <button type="button" className="button button--small button--quiet" onClick={onRemove}>{t('surveyEditor.removeQuestion', { n })}</button>
      </div>
    </fieldset>
  );
}
