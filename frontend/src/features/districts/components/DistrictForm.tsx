import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FormActions, TextField } from '@/components/fields';
import type { Schemas } from '@/api/client';
import { geoJsonText, parseGeoJson } from '@/components/geoJsonText';
import { useMapSettings } from '@/components/map/mapApi';
import { useProblemForm } from '@/components/useProblemForm';
import type { District } from '../api/getDistricts';
import { useSaveDistrict } from '../api/saveDistrict';
import { BoundaryEditor } from './BoundaryEditor';

interface Props {
  district?: District;
  onSaved: (district: District) => void;
  onCancel: () => void;
}

/** Creates or renames an Ortsbezirk and sets its boundary: drawn on the map, or typed or imported as GeoJSON. */
export function DistrictForm({ district, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(district?.name ?? '');
  const [boundary, setBoundary] = useState(geoJsonText(district?.boundary));
  const [boundaryInvalid, setBoundaryInvalid] = useState(false);
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const save = useSaveDistrict();
  const mapSettings = useMapSettings();
  const changeBoundary = (value: string) => {
    fixed('boundary');
    setBoundaryInvalid(false);
    setBoundary(value);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseGeoJson<Schemas['GeoJsonArea']>(boundary);
    setBoundaryInvalid(parsed.invalid);
    if (!parsed.invalid) {
      save.mutate(
        { slug: district?.slug, request: { slug: district?.slug, name, boundary: parsed.value, version: district?.version } },
        handle(onSaved),
      );
    }
  };
  const boundaryError = boundaryInvalid
    ? t('fieldForm.mapNotJson')
    : Object.entries(errors).find(([field]) => field.startsWith('boundary'))?.[1];

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`districtForm.${field.replace(/[[.].*/, '')}`, { defaultValue: field })} />
      <TextField id="name" label={t('districtForm.name')} value={name} onChange={fixing('name', setName)} error={errors.name} required maxLength={200} />
      {mapSettings.data && (
        <>
          <p id="boundary-map-help" className="field__hint">{t('districtForm.mapHelp')}</p>
          <BoundaryEditor settings={mapSettings.data} value={boundary} onChange={changeBoundary} label={t('districtForm.mapLabel')} describedBy="boundary-map-help" />
        </>
      )}
      <TextField id="boundary" label={t('districtForm.boundary')} hint={t('districtForm.boundaryHint')} value={boundary} onChange={changeBoundary} error={boundaryError} multiline />
      <FormActions saving={save.isPending} existing={district !== undefined} onCancel={onCancel} />
    </form>
  );
}
