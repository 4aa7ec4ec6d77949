import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/auth/AuthContext';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { fragmentParams } from '@/components/fragment';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useSubmitSurvey, useSurveyParticipation, type Answer, type Survey } from '../api/surveys';
import { QuestionInput } from './QuestionInput';

/** The code from a printed sheet travels in the address's fragment, which the browser never sends to a server. */
function codeFromFragment(): string {
  return fragmentParams(window.location.hash).get('code') ?? '';
}

function isEmpty(answer: Answer | undefined): boolean {
  return !answer || Object.values(answer).every((value) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
}

/** A survey's questions, answered by keyboard or pointer; errors are shown per question and summarised on top. */
export function SurveyForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const submit = useSubmitSurvey(survey.slug);
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [code, setCode] = useState(codeFromFragment);
  const [done, setDone] = useState(false);
  const participation = useSurveyParticipation(survey, auth.authenticated);

  if (survey.integrityMode === 'ONE_PER_ACCOUNT' && (!auth.ready || participation.isLoading)) {
    // Whether someone is signed in, and then whether they have answered, decides what shows: wait for it.
    return <p role="status">{t('common.loading')}</p>;
  }
  if (participation.data?.answered && !done) {
    return <p className="status-message">{t('survey.alreadyAnswered')}</p>;
  }
  if (survey.integrityMode === 'ONE_PER_ACCOUNT' && !auth.authenticated) {
    return (
      <p>
        {t('survey.loginNeeded')}{' '}
        <button type="button" className="button button--quiet button--small" onClick={() => auth.login()}>
          {t('nav.login')}
        </button>
      </p>
    );
  }
  if (done) {
    return <StatusMessage message={t('survey.thanks')} />;
  }
  // Errors come per answer part (answers.x.choice); each question shows its own, the summary links to the question.
  const byQuestion: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const key = field.startsWith('answers.') ? `answers.${(field.split('.')[1] ?? '').replace(/\[\d+\]$/, '')}` : field;
    byQuestion[key] = byQuestion[key] ? `${byQuestion[key]}; ${message}` : message;
  }
  const titleOf = (field: string) =>
    survey.questions.find((q) => `answers.${q.slug}` === field)?.title ?? t(`survey.field.${field}`, { defaultValue: field });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const given = Object.fromEntries(Object.entries(answers).filter(([, answer]) => !isEmpty(answer)));
    submit.mutate(
      { answers: given, code: survey.integrityMode === 'PARTICIPATION_CODE' ? code : undefined },
      handle(() => setDone(true)),
    );
  };

  return (
    <form className="form survey-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={byQuestion} failure={failure} labelOf={titleOf} />
      {survey.integrityMode === 'PARTICIPATION_CODE' && (
        <TextField id="code" label={t('survey.code')} hint={t('survey.codeHint')} value={code} onChange={fixing('code', setCode)} error={byQuestion.code} required maxLength={40} />
      )}
      {survey.questions.map((question, index) => {
        const error = byQuestion[`answers.${question.slug}`];
        const hintId = question.helpText ? `q-${question.slug}-hint` : undefined;
        const errorId = error ? `q-${question.slug}-error` : undefined;
        return (
          <fieldset key={question.slug} className={error ? 'question field--invalid' : 'question'}>
            <legend>
              {index + 1}. {question.title}
              {question.required && <span className="field__required"> ({t('form.required')})</span>}
            </legend>
            {question.helpText && <p className="field__hint" id={hintId}>{question.helpText}</p>}
            <QuestionInput
              question={question}
              answer={answers[question.slug] ?? {}}
              onChange={(answer) => { fixed(`answers.${question.slug}`); setAnswers({ ...answers, [question.slug]: answer }); }}
              describedBy={[hintId, errorId].filter(Boolean).join(' ') || undefined}
              invalid={Boolean(error)}
            />
            {error && <p className="field__error" id={errorId}>{error}</p>}
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.isPending}>
          {t('survey.submit')}
        </button>
      </div>
    </form>
  );
}
