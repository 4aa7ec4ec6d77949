import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FormActions, RadioGroupField, SelectField, TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import { useSaveSurvey, type QuestionRequest } from '../api/manageSurveys';
import type { Survey } from '../api/surveys';
import { optionKeys } from './optionKey';
import { emptyQuestion, hasOptions, QuestionEditor, type QuestionDraft } from './QuestionEditor';

type Mode = Survey['integrityMode'];
type Visibility = Survey['resultsVisibility'];

/** datetime-local speaks local time without zone; the API speaks instants. */
const toLocal = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const toInstant = (local: string) => (local ? new Date(local).toISOString() : '');

function draftOf(question: Survey['questions'][number]): QuestionDraft {
  return {
    slug: question.slug,
    type: question.type,
    title: question.title,
    helpText: question.helpText,
    required: question.required,
    options: question.options.map((o) => ({ key: o.key, label: o.label })),
    scale: question.scale
      ? { min: String(question.scale.min), max: String(question.scale.max), minLabel: question.scale.minLabel, maxLabel: question.scale.maxLabel }
      : emptyQuestion().scale,
    maxLength: String(question.maxLength ?? 1000),
  };
}

function requestOf(question: QuestionDraft): QuestionRequest {
  const keys = optionKeys(question.options);
  return {
    slug: question.slug,
    type: question.type,
    title: question.title,
    helpText: question.helpText,
    required: question.required,
    options: hasOptions(question.type) ? question.options.map((o, i) => ({ key: keys[i]!, label: o.label })) : undefined,
    scale: question.type === 'SCALE'
      ? { min: Number(question.scale.min), max: Number(question.scale.max), minLabel: question.scale.minLabel, maxLabel: question.scale.maxLabel }
      : undefined,
    maxLength: question.type === 'FREE_TEXT' ? Number(question.maxLength) : undefined,
  };
}

/**
 * An option's key is made from its label and never shown, so what the server says about a key is said at the label
 * (the only thing the admin can change about it).
 */
function withKeysAtLabels(errors: Record<string, string>): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const at = field.replace(/(\.options\[\d+\])\.key$/, '$1.label');
    moved[at] = moved[at] ? `${moved[at]}; ${message}` : message;
  }
  return moved;
}

interface Props {
  format: string;
  survey?: Survey;
  onSaved: (survey: Survey) => void;
  onCancel: () => void;
}

/** Builds a survey; once it has responses the server refuses changes that would break them, question by question. */
export function SurveyEditor({ format, survey, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const save = useSaveSurvey(survey?.slug);
  const { errors: problems, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const errors = withKeysAtLabels(problems);
  const [title, setTitle] = useState(survey?.title ?? '');
  const [description, setDescription] = useState(survey?.description ?? '');
  const [mode, setMode] = useState<Mode>(survey?.integrityMode ?? 'OPEN');
  const [visibility, setVisibility] = useState<Visibility>(survey?.resultsVisibility ?? 'LIVE');
  const [opensAt, setOpensAt] = useState(survey ? toLocal(survey.opensAt) : '');
  const [closesAt, setClosesAt] = useState(survey ? toLocal(survey.closesAt) : '');
  const [questions, setQuestions] = useState<QuestionDraft[]>(survey ? survey.questions.map(draftOf) : [emptyQuestion()]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { format, title, description, integrityMode: mode, resultsVisibility: visibility, opensAt: toInstant(opensAt), closesAt: toInstant(closesAt), questions: questions.map(requestOf), version: survey?.version },
      handle(onSaved),
    );
  };
  const labelOf = (field: string) => {
    const question = /^questions\[(\d+)\]\.?(.*)$/.exec(field);
    if (question) {
      const part = question[2] ? ` (${t(`surveyEditor.parts.${question[2].replace(/\[\d+\]/g, '')}`, { defaultValue: question[2] })})` : '';
      return `${t('surveyEditor.question', { n: Number(question[1]) + 1 })}${part}`;
    }
    return t(`surveyEditor.fields.${field}`, { defaultValue: field });
  };
  const move = (index: number, by: number) => {
    // Errors name questions by position, which moving changes.
    fixed('questions');
    const next = [...questions];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setQuestions(next);
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={labelOf} />
      {survey && survey.responseCount > 0 && <p className="field__hint">{t('surveyEditor.frozen', { count: survey.responseCount })}</p>}
      <TextField id="title" label={t('surveyEditor.fields.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="description" label={t('surveyEditor.fields.description')} value={description} onChange={fixing('description', setDescription)} error={errors.description} multiline maxLength={20000} />
      <SelectField id="integrityMode" label={t('surveyEditor.fields.integrityMode')} value={mode} onChange={fixing('integrityMode', (m: string) => setMode(m as Mode))} error={errors.integrityMode}
        options={(['OPEN', 'ONE_PER_ACCOUNT', 'PARTICIPATION_CODE'] as Mode[]).map((m) => ({ value: m, label: t(`surveyEditor.modes.${m}`) }))} />
      <RadioGroupField id="resultsVisibility" legend={t('surveyEditor.fields.resultsVisibility')} value={visibility} onChange={fixing('resultsVisibility', (v: string) => setVisibility(v as Visibility))}
        error={errors.resultsVisibility}
        options={(['LIVE', 'AFTER_CLOSE'] as Visibility[]).map((v) => ({ value: v, label: t(`surveyEditor.visibility.${v}`), hint: t(`surveyEditor.visibilityHelp.${v}`) }))} />
      <div className="field-row">
        <TextField id="opensAt" type="datetime-local" label={t('surveyEditor.fields.opensAt')} value={opensAt} onChange={fixing('opensAt', setOpensAt)} error={errors.opensAt} required />
        <TextField id="closesAt" type="datetime-local" label={t('surveyEditor.fields.closesAt')} value={closesAt} onChange={fixing('closesAt', setClosesAt)} error={errors.closesAt} required />
      </div>
      <h2 id="questions">{t('surveyEditor.questions')}</h2>
      {errors.questions && <p className="field__error">{errors.questions}</p>}
      {questions.map((question, index) => (
        <QuestionEditor key={index} index={index} count={questions.length} question={question} errors={errors}
          onChange={(changed) => { fixed(`questions[${index}]`); setQuestions(questions.map((q, i) => (i === index ? changed : q))); }}
          onMove={(by) => move(index, by)} onRemove={() => { fixed('questions'); setQuestions(questions.filter((_, i) => i !== index)); }} />
      ))}
      <p>
        <button type="button" className="button button--quiet" onClick={() => setQuestions([...questions, emptyQuestion()])}>
          {t('surveyEditor.addQuestion')}
        </button>
      </p>
      <FormActions saving={save.isPending} existing={Boolean(survey)} onCancel={onCancel} />
    </form>
  );
}
