import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/fields';
import type { InterviewNoteFilter, TopicArea } from '../api/getInterviewNotes';

export const TOPIC_AREAS: TopicArea[] = [
  'HOUSING',
  'ENVIRONMENT',
  'CLIMATE',
  'SOCIAL',
  'MOBILITY',
  'INTEGRATION',
  'SCIENCE_RESEARCH',
  'CULTURE',
  'INCLUSION',
  'DIGITALISATION',
  'TOWNSCAPE_HERITAGE',
  'ECONOMY',
];

interface Props {
  filter: InterviewNoteFilter;
  onChange: (filter: InterviewNoteFilter) => void;
  fieldsOfAction: { slug: string; title: string }[];
}

/** Filters that apply as they change; the list below announces its new count. */
export function InterviewNoteFilters({ filter, onChange, fieldsOfAction }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof InterviewNoteFilter) => (value: string) =>
    onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <form className="filters" role="search" aria-label={t('interviewNotes.filters')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="topicArea"
        label={t('interviewNotes.topicArea')}
        value={filter.topicArea ?? ''}
        onChange={set('topicArea')}
        options={[
          { value: '', label: t('interviewNotes.all') },
          ...TOPIC_AREAS.map((topic) => ({ value: topic, label: t(`topicArea.${topic}`) })),
        ]}
      />
      <TextField id="stakeholder" label={t('interviewNotes.stakeholder')} value={filter.stakeholder ?? ''} onChange={set('stakeholder')} maxLength={100} />
      <SelectField
        id="fieldOfAction"
        label={t('interviewNotes.fieldOfAction')}
        value={filter.fieldOfAction ?? ''}
        onChange={set('fieldOfAction')}
        options={[{ value: '', label: t('interviewNotes.all') }, ...fieldsOfAction.map((f) => ({ value: f.slug, label: f.title }))]}
      />
    </form>
  );
}
