import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/components/dates';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useRegister, useRegistration, type RegistrationState } from '../api/registration';

/** Whether one more person can register: a seat, or a place on the waiting list. */
function hasRoom(state: RegistrationState): boolean {
  return (state.seatsLeft ?? 0) > 0 || (state.waiting ?? 0) < (state.waitingList ?? 0);
}

/**
 * "Anmeldung" on a format page: seats left and the deadline, and, while registration is open and there is room, a
 * form for name, address and the optional questions. Nothing shows where staff never opened registration.
 */
export function RegistrationForm({ slug, title }: { slug: string; title: string }) {
  const { t, i18n } = useTranslation();
  const { data: state } = useRegistration(slug);
  const register = useRegister(slug);
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [answers, setAnswers] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  if (!state?.offered) {
    return null;
  }
  const seatsLeft = state.seatsLeft ?? 0;
  const waitingRoom = (state.waitingList ?? 0) - (state.waiting ?? 0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      { name, email, answers: state.questions.map((_, i) => answers[i] ?? ''), language: i18n.language.startsWith('en') ? 'en' : 'de' },
      handle((receipt) => {
        setDone(t(receipt.status === 'CONFIRMED' ? 'registration.confirmed' : 'registration.waitingDone', { email }));
        setName('');
        setEmail('');
        setAnswers([]);
      }),
    );
  };

  return (
    <section className="registration card" aria-labelledby="registration-heading">
      <h2 id="registration-heading">{t('registration.heading')}</h2>
      <p>
        {seatsLeft > 0 ? t('registration.seatsLeft', { count: seatsLeft }) : t('registration.noSeatsLeft')}
        {seatsLeft === 0 && waitingRoom > 0 && <> {t('registration.waitingRoom', { count: waitingRoom })}</>}
        {state.open && state.deadline && <> {t('registration.deadline', { date: formatDate(state.deadline, i18n.language) })}</>}
      </p>
      {state.attendance != null && <p>{t('registration.attended', { count: state.attendance })}</p>}
      <StatusMessage message={done} />
      {!state.open && <p>{t('registration.closed')}</p>}
      {state.open && !hasRoom(state) && !done && <p>{t('registration.full')}</p>}
      {state.open && hasRoom(state) && !done && (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorSummary
            ref={summaryRef}
            errors={errors}
            failure={failure}
            idPrefix="registration-"
            labelOf={(field) => {
              const answer = /^answers\[(\d+)\]$/.exec(field);
              return answer ? (state.questions[Number(answer[1])] ?? field) : t(`registration.field.${field}`, { defaultValue: field });
            }}
          />
          <p>{t('registration.intro', { title })}</p>
          <TextField id="registration-name" autoComplete="name" label={t('registration.field.name')} value={name} onChange={fixing('name', setName)} error={errors.name} required maxLength={200} />
          <TextField
            id="registration-email"
            type="email"
            autoComplete="email"
            label={t('registration.field.email')}
            hint={t('registration.emailHint')}
            value={email}
            onChange={fixing('email', setEmail)}
            error={errors.email}
            required
            maxLength={254}
          />
          {state.questions.map((question, i) => (
            <TextField
              key={question}
              id={`registration-answers-${i}`}
              label={question}
              value={answers[i] ?? ''}
              onChange={fixing(`answers[${i}]`, (value: string) => setAnswers((all) => Object.assign([...all], { [i]: value })))}
              error={errors[`answers[${i}]`]}
              maxLength={1000}
            />
          ))}
          <div className="form-actions">
            <button type="submit" className="button" disabled={register.isPending}>
              {seatsLeft > 0 ? t('registration.submit') : t('registration.submitWaiting')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
