import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxField, TextField } from '@/components/fields';
import { failureText } from '@/components/problemText';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { downloadRegistrants, REGISTRANTS_PER_PAGE, useConfigureRegistration, useRecordAttendance, useRegistrants } from '../api/manageRegistration';
import { useRegistration, type RegistrationState } from '../api/registration';

/** Seats, waiting list, deadline, questions and open or closed, as staff set them; questions one per line. */
function SettingsForm({ slug, startsOn, state }: { slug: string; startsOn: string; state: RegistrationState }) {
  const { t } = useTranslation();
  const configure = useConfigureRegistration(slug);
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm({ groups: ['questions'] });
  const [capacity, setCapacity] = useState(state.capacity?.toString() ?? '');
  const [waitingList, setWaitingList] = useState(state.waitingList?.toString() ?? '0');
  const [deadline, setDeadline] = useState(state.deadline ?? startsOn);
  const [questions, setQuestions] = useState(state.questions.join('\n'));
  const [open, setOpen] = useState(state.offered ? state.open : true);
  const [saved, setSaved] = useState<string>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    configure.mutate(
      {
        capacity: Number(capacity),
        waitingList: Number(waitingList),
        deadline,
        questions: questions
          .split('\n')
          .map((question) => question.trim())
          .filter(Boolean),
        open,
      },
      handle((result) => setSaved(result.open ? t('registrationAdmin.savedOpen') : t('registrationAdmin.savedClosed'))),
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} idPrefix="registration-settings-" labelOf={(field) => t(`registrationAdmin.field.${field}`, { defaultValue: field })} />
      <TextField id="registration-settings-capacity" type="number" label={t('registrationAdmin.field.capacity')} value={capacity} onChange={fixing('capacity', setCapacity)} error={errors.capacity} required />
      <TextField
        id="registration-settings-waitingList"
        type="number"
        label={t('registrationAdmin.field.waitingList')}
        hint={t('registrationAdmin.waitingListHint')}
        value={waitingList}
        onChange={fixing('waitingList', setWaitingList)}
        error={errors.waitingList}
        required
      />
      <TextField id="registration-settings-deadline" type="date" label={t('registrationAdmin.field.deadline')} value={deadline} onChange={fixing('deadline', setDeadline)} error={errors.deadline} required />
      <TextField
        id="registration-settings-questions"
        multiline
        label={t('registrationAdmin.field.questions')}
        hint={t('registrationAdmin.questionsHint')}
        value={questions}
        onChange={fixing('questions', setQuestions)}
        error={errors.questions}
      />
      <CheckboxField id="registration-settings-open" label={t('registrationAdmin.field.open')} checked={open} onChange={setOpen} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={configure.isPending}>
          {state.offered ? t('registrationAdmin.save') : t('registrationAdmin.openNow')}
        </button>
      </div>
      <StatusMessage message={saved} />
    </form>
  );
}

/** Who registered, a page at a time: seats first, then the waiting list. */
function Registrants({ slug, questions }: { slug: string; questions: string[] }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const { data } = useRegistrants(slug, page);
  const [failure, setFailure] = useState<string>();
  if (!data) {
    return null;
  }
  const pages = Math.max(1, Math.ceil(data.total / REGISTRANTS_PER_PAGE));
  return (
    <>
      <p>
        <button type="button" className="button button--quiet" onClick={() => downloadRegistrants(slug).catch((error: Error) => setFailure(failureText(error, t)))}>
          {t('registrationAdmin.csv')}
        </button>
      </p>
      {failure && <p role="alert">{failure}</p>}
      {data.total === 0 ? (
        <p>{t('registrationAdmin.nobody')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('registrationAdmin.listCaption', { count: data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registrationAdmin.column.name')}</th>
                <th scope="col">{t('registrationAdmin.column.email')}</th>
                <th scope="col">{t('registrationAdmin.column.status')}</th>
                <th scope="col">{t('registrationAdmin.column.createdAt')}</th>
                {questions.map((question) => (
                  <th scope="col" key={question}>
                    {question}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((registrant) => (
                <tr key={registrant.id}>
                  <th scope="row">{registrant.name}</th>
                  <td>{registrant.email}</td>
                  <td>{t(`registrationAdmin.status.${registrant.status}`)}</td>
                  <td>{formatDateTime(registrant.createdAt, i18n.language)}</td>
                  {questions.map((question, i) => (
                    <td key={question}>{registrant.answers[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('registrationAdmin.pages')} className="form-actions">
          <button type="button" className="button button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('registrationAdmin.previous')}
          </button>
          <span>{t('registrationAdmin.page', { page: page + 1, pages })}</span>
          <button type="button" className="button button--quiet" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('registrationAdmin.next')}
          </button>
        </nav>
      )}
    </>
  );
}

/** How many came, counted at the event; it flows into the statistics. */
function AttendanceForm({ slug, state }: { slug: string; state: RegistrationState }) {
  const { t } = useTranslation();
  const record = useRecordAttendance(slug);
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const [attendance, setAttendance] = useState(state.attendance?.toString() ?? '');
  const [saved, setSaved] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    record.mutate(
      Number(attendance),
      handle((result) => setSaved(t('registrationAdmin.attendanceSaved', { count: result.attendance ?? 0 }))),
    );
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} idPrefix="registration-" labelOf={(field) => t(`registrationAdmin.field.${field}`, { defaultValue: field })} />
      <TextField
        id="registration-attendance"
        type="number"
        label={t('registrationAdmin.field.attendance')}
        hint={t('registrationAdmin.attendanceHint')}
        value={attendance}
        onChange={fixing('attendance', setAttendance)}
        error={errors.attendance}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {t('registrationAdmin.saveAttendance')}
        </button>
      </div>
      <StatusMessage message={saved} />
    </form>
  );
}

/** Registration in the format editor: open or change it, see and download the list, record attendance. */
export function AdminRegistration({ slug, startsOn }: { slug: string; startsOn: string }) {
  const { t } = useTranslation();
  const { data: state } = useRegistration(slug);
  return (
    <section aria-labelledby="admin-registration" className="card">
      <h2 id="admin-registration">{t('registrationAdmin.heading')}</h2>
      <p>{t('registrationAdmin.intro')}</p>
      {state && (
        <>
          <SettingsForm slug={slug} startsOn={startsOn} state={state} />
          {state.offered && (
            <>
              <h3>{t('registrationAdmin.listHeading')}</h3>
              <Registrants slug={slug} questions={state.questions} />
              <h3>{t('registrationAdmin.attendanceHeading')}</h3>
              <AttendanceForm slug={slug} state={state} />
            </>
          )}
        </>
      )}
    </section>
  );
}
