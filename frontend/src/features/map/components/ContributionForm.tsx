import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { SelectField, TextField } from '@/components/fields';
import type { Place, Point } from '@/components/map/mapApi';
import { formatCoordinates, usePointDescription } from '@/components/map/usePointDescription';
import { useProblemForm } from '@/components/useProblemForm';
import { useCreateContribution, type MapCategory } from '../api/mapContributions';
import { CATEGORIES } from './categoryLook';

type Where = 'MAP' | 'PLACE' | 'DISTRICT';

interface Props {
  format: string;
  anonymous: boolean;
  /** The point picked on the map (or the map's centre taken over), if any. */
  picked?: Point;
  places: Place[];
  districts: { slug: string; name: string }[];
  onDone: (message: string) => void;
}

/**
 * Describes a place and says where it is: by the point picked on the map, a named place from a list, or a district.
 * All three write the same record; the last two need no map at all. A point picked on the map is named in words (its
 * district, or what it is near), its coordinates only as detail.
 */
export function ContributionForm({ format, anonymous, picked, places, districts, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const describe = usePointDescription();
  const create = useCreateContribution();
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const [where, setWhere] = useState<Where>('PLACE');
  const [place, setPlace] = useState('');
  const [district, setDistrict] = useState('');
  const [category, setCategory] = useState<MapCategory>('FAVOURITE_PLACE');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  // A newly picked point means "there": the form follows (adjusted while rendering, as React advises for props).
  const [seenPick, setSeenPick] = useState(picked);
  if (picked !== seenPick) {
    setSeenPick(picked);
    if (picked) {
      setWhere('MAP');
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        format,
        category,
        title,
        text,
        location: where === 'MAP' ? picked : undefined,
        place: where === 'PLACE' && place ? place : undefined,
        district: where === 'DISTRICT' && district ? district : undefined,
        pseudonym: anonymous ? pseudonym : undefined,
      },
      handle((created) => {
        setTitle('');
        setText('');
        // The title makes each thanks new text, so a second contribution is announced as well.
        const title = created.contribution.title;
        onDone(created.contribution.state === 'PENDING' ? t('map.thanksPending', { title }) : t('map.thanks', { title }));
      }),
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`map.field.${field}`, { defaultValue: field })} />
      <fieldset id="location">
        <legend>{t('map.whereLegend')}</legend>
        {(['PLACE', 'DISTRICT', 'MAP'] as Where[]).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="where" checked={where === option} onChange={() => { fixed('location'); setWhere(option); }} />
            {t(`map.where.${option}`)}
          </label>
        ))}
        {errors.location && <p className="field__error">{errors.location}</p>}
        {where === 'PLACE' && (
          <SelectField id="place" label={t('map.field.place')} value={place} onChange={fixing('place', setPlace)} error={errors.place} required
            options={[{ value: '', label: t('map.choosePlace') }, ...places.map((p) => ({ value: p.name, label: p.name }))]} />
        )}
        {where === 'DISTRICT' && (
          <SelectField id="district" label={t('map.field.district')} value={district} onChange={fixing('district', setDistrict)} error={errors.district} required
            options={[{ value: '', label: t('map.chooseDistrict') }, ...districts.map((d) => ({ value: d.slug, label: d.name }))]} />
        )}
        {/* Always present, so a point picked by keyboard on the map is announced as it is named. */}
        <p className="field__hint" aria-live="polite">
          {where === 'MAP' &&
            (picked ? (
              <>
                <strong>{t('map.chosenPlace', { place: describe(picked) })}</strong>{' '}
                <span className="coordinates">({formatCoordinates(picked, t, i18n.language)})</span>
              </>
            ) : (
              t('map.pickHowTo')
            ))}
        </p>
      </fieldset>
      <SelectField id="category" label={t('map.field.category')} value={category} onChange={fixing('category', (v: string) => setCategory(v as MapCategory))} error={errors.category} required
        options={CATEGORIES.map((c) => ({ value: c, label: t(`map.category.${c}`) }))} />
      <TextField id="title" label={t('map.field.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <TextField id="text" label={t('map.field.text')} value={text} onChange={fixing('text', setText)} error={errors.text} required multiline maxLength={5000} />
      {anonymous && (
        <TextField id="pseudonym" label={t('map.field.pseudonym')} hint={t('comments.pseudonymHint')} value={pseudonym} onChange={fixing('pseudonym', setPseudonym)} error={errors.pseudonym} required maxLength={50} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('map.send')}
        </button>
      </div>
    </form>
  );
}
