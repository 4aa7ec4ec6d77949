import { useTranslation } from 'react-i18next';
import { LeafletMap } from '@/components/map/LeafletMap';
import { useMapSettings, usePlaces } from '@/components/map/mapApi';
import { formatCoordinates, usePointDescription } from '@/components/map/usePointDescription';
import type { Answer, Question } from '../api/surveys';
import { RankingInput } from './RankingInput';

interface Props {
  question: Question;
  answer: Answer;
  onChange: (answer: Answer) => void;
  /** Ids of the hint and error, for aria-describedby. */
  describedBy?: string;
  invalid: boolean;
}

/** The control for one question, by its type; the first control carries the id the error summary links to. */
export function QuestionInput({ question, answer, onChange, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  const id = `answers-${question.slug}`;
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined };
  switch (question.type) {
    case 'SINGLE_CHOICE':
      return (
        <div className="choices">
          {question.options.map((option, i) => (
            <label key={option.key} className="choice">
              <input id={i === 0 ? id : undefined} type="radio" name={id} value={option.key} checked={answer.choice === option.key} onChange={() => onChange({ choice: option.key })} {...aria} />
              {option.label}
            </label>
          ))}
        </div>
      );
    case 'MULTIPLE_CHOICE': {
      const chosen = answer.choices ?? [];
      return (
        <div className="choices">
          {question.options.map((option, i) => (
            <label key={option.key} className="choice">
              <input id={i === 0 ? id : undefined} type="checkbox" value={option.key} checked={chosen.includes(option.key)} onChange={(e) => onChange({ choices: e.target.checked ? [...chosen, option.key] : chosen.filter((k) => k !== option.key) })} {...aria} />
              {option.label}
            </label>
          ))}
        </div>
      );
    }
    case 'SCALE': {
      const scale = question.scale!;
      const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
      return (
        <div className="choices choices--scale">
          {values.map((value, i) => (
            <label key={value} className="choice">
              <input id={i === 0 ? id : undefined} type="radio" name={id} value={value} checked={answer.value === value} onChange={() => onChange({ value })} {...aria} />
              {value}
              {value === scale.min && ` – ${scale.minLabel}`}
              {value === scale.max && ` – ${scale.maxLabel}`}
            </label>
          ))}
        </div>
      );
    }
    case 'FREE_TEXT':
      return (
        <>
          <textarea id={id} rows={4} maxLength={question.maxLength ?? undefined} value={answer.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} aria-label={question.title} {...aria} />
          <p className="field__hint">{t('survey.charactersLeft', { count: (question.maxLength ?? 0) - (answer.text?.length ?? 0) })}</p>
        </>
      );
    case 'RANKING':
      return <RankingInput id={id} question={question} ranking={answer.ranking ?? undefined} onChange={(ranking) => onChange({ ranking })} />;
    case 'LOCATION':
      return <LocationInput id={id} question={question} answer={answer} onChange={onChange} {...aria} />;
  }
}

/** A category and a place: from the list, or on the map by pointer or by keyboard (Enter under the crosshair). */
function LocationInput({ id, question, answer, onChange, ...aria }: { id: string; question: Question; answer: Answer; onChange: (answer: Answer) => void }) {
  const { t, i18n } = useTranslation();
  const describe = usePointDescription();
  const { data: settings } = useMapSettings();
  const { data: places } = usePlaces();
  const placeName = places?.find((p) => answer.location && p.location.lon === answer.location.lon && p.location.lat === answer.location.lat)?.name ?? '';
  return (
    <>
      <div className="choices">
        {question.options.map((option, i) => (
          <label key={option.key} className="choice">
            <input id={i === 0 ? id : undefined} type="radio" name={`${id}-category`} checked={answer.category === option.key} onChange={() => onChange({ ...answer, category: option.key })} {...aria} />
            {option.label}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-place`}>{t('survey.placeFromList')}</label>
        <select id={`${id}-place`} value={placeName} onChange={(e) => {
          const place = places?.find((p) => p.name === e.target.value);
          onChange({ ...answer, location: place?.location });
        }}>
          <option value="">{answer.location && !placeName ? t('survey.pointOnMap') : t('survey.choosePlace')}</option>
          {places?.map((place) => (
            <option key={place.name} value={place.name}>{place.name}</option>
          ))}
        </select>
      </div>
      {settings && (
        <>
          <p className="field__hint" id={`${id}-map-keys`}>{t('survey.mapKeys')}</p>
          <LeafletMap settings={settings} picked={answer.location ?? undefined} onPick={(location) => onChange({ ...answer, location })}
            label={t('survey.mapLabel', { title: question.title })} describedBy={`${id}-map-keys`} />
        </>
      )}
      {/* Always present, so a point picked on the map is announced as it is named. */}
      <p className="field__hint" aria-live="polite">
        {answer.location && !placeName && (
          <>
            <strong>{t('map.chosenPlace', { place: describe(answer.location) })}</strong>{' '}
            <span className="coordinates">({formatCoordinates(answer.location, t, i18n.language)})</span>
          </>
        )}
      </p>
    </>
  );
}
