import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxGroupField, FormActions, SelectField, TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import type { InterviewNote, TopicArea } from '../api/getInterviewNotes';
import { useSaveInterviewNote } from '../api/saveInterviewNote';
import { TOPIC_AREAS } from './InterviewNoteFilters';

type FindingType = InterviewNote['findings'][number]['type'];
const FINDING_TYPES: FindingType[] = ['POTENTIAL', 'CHALLENGE', 'PROJECT_IDEA'];

interface Props {
  note?: InterviewNote;
  fieldsOfAction: { slug: string; title: string }[];
  onSaved: (note: InterviewNote) => void;
  onCancel: () => void;
}

/** Creates or edits a Gesprächsvermerk; rows for participants and findings are added and removed by button. */
export function InterviewNoteForm({ note, fieldsOfAction, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(note?.title ?? '');
  const [stakeholder, setStakeholder] = useState(note?.stakeholder ?? '');
  const [interviewDate, setInterviewDate] = useState(note?.interviewDate ?? '');
  const [topics, setTopics] = useState<TopicArea[]>(note?.topicAreas ?? []);
  const [participants, setParticipants] = useState(
    (note?.participants ?? []).map((p) => ({ role: p.role, headCount: String(p.headCount) })),
  );
  const [summary, setSummary] = useState(note?.summary ?? '');
  const [findings, setFindings] = useState(note?.findings ?? []);
  const [fields, setFields] = useState((note?.fieldsOfAction ?? []).map((field) => field.slug));
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm({ groups: ['fieldsOfAction'] });
  const save = useSaveInterviewNote();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        slug: note?.slug,
        request: {
          slug: note?.slug,
          title,
          stakeholder,
          interviewDate,
          topicAreas: topics,
          participants: participants.map((p) => ({ role: p.role, headCount: Number(p.headCount) })),
          summary,
          findings,
          fieldsOfAction: fields,
          version: note?.version,
        },
      },
      handle(onSaved),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`noteForm.${field.replace(/\[\d+\].*/, '')}`, { defaultValue: field })} />
      <TextField id="title" label={t('noteForm.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="stakeholder" label={t('noteForm.stakeholder')} value={stakeholder} onChange={fixing('stakeholder', setStakeholder)} error={errors.stakeholder} required maxLength={300} />
      <TextField id="interviewDate" type="date" label={t('noteForm.interviewDate')} value={interviewDate} onChange={fixing('interviewDate', setInterviewDate)} error={errors.interviewDate} required />
      <CheckboxGroupField
        id="topicAreas"
        legend={t('noteForm.topicAreas')}
        values={topics}
        onChange={fixing('topicAreas', (values: string[]) => setTopics(values as TopicArea[]))}
        options={TOPIC_AREAS.map((topic) => ({ value: topic, label: t(`topicArea.${topic}`) }))}
        error={errors.topicAreas}
      />
      <fieldset>
        <legend>{t('noteForm.participants')}</legend>
        <p className="field__hint">{t('noteForm.participantsHint')}</p>
        {participants.map((participant, i) => (
          <div className="field-row" key={i}>
            <TextField id={`participants-${i}-role`} label={t('noteForm.role', { n: i + 1 })} value={participant.role} error={errors[`participants[${i}].role`]} onChange={(role) => { fixed(`participants[${i}]`); setParticipants(participants.map((p, j) => (j === i ? { ...p, role } : p))); }} />
            <TextField id={`participants-${i}-headCount`} type="number" label={t('noteForm.headCount', { n: i + 1 })} value={participant.headCount} error={errors[`participants[${i}].headCount`]} onChange={(headCount) => { fixed(`participants[${i}]`); setParticipants(participants.map((p, j) => (j === i ? { ...p, headCount } : p))); }} />
            <button type="button" className="button button--quiet button--small" onClick={() => setParticipants(participants.filter((_, j) => j !== i))}>
              {t('noteForm.removeParticipant', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => setParticipants([...participants, { role: '', headCount: '1' }])}>
          {t('noteForm.addParticipant')}
        </button>
      </fieldset>
      <TextField id="summary" label={t('noteForm.summary')} value={summary} onChange={fixing('summary', setSummary)} error={errors.summary} required multiline />
      <fieldset>
        <legend>{t('noteForm.findings')}</legend>
        {findings.map((finding, i) => (
          <div className="finding-row" key={i}>
            <SelectField id={`findings-${i}-type`} label={t('noteForm.findingType', { n: i + 1 })} value={finding.type} error={errors[`findings[${i}].type`]} options={FINDING_TYPES.map((type) => ({ value: type, label: t(`findingType.${type}`) }))} onChange={(type) => { fixed(`findings[${i}]`); setFindings(findings.map((f, j) => (j === i ? { ...f, type: type as FindingType } : f))); }} />
            <TextField id={`findings-${i}-text`} label={t('noteForm.findingText', { n: i + 1 })} value={finding.text} error={errors[`findings[${i}].text`]} multiline onChange={(text) => { fixed(`findings[${i}]`); setFindings(findings.map((f, j) => (j === i ? { ...f, text } : f))); }} />
            <button type="button" className="button button--quiet button--small" onClick={() => setFindings(findings.filter((_, j) => j !== i))}>
              {t('noteForm.removeFinding', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => setFindings([...findings, { type: 'POTENTIAL', text: '' }])}>
          {t('noteForm.addFinding')}
        </button>
      </fieldset>
      <CheckboxGroupField
        id="fieldsOfAction"
        legend={t('noteForm.fieldsOfAction')}
        values={fields}
        onChange={fixing('fieldsOfAction', setFields)}
        options={fieldsOfAction.map((field) => ({ value: field.slug, label: field.title }))}
        error={errors.fieldsOfAction}
      />
      <FormActions saving={save.isPending} existing={note !== undefined} onCancel={onCancel} />
    </form>
  );
}
