import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FormActions, TextField } from '@/components/fields';
import type { Schemas } from '@/api/client';
import { geoJsonText, parseGeoJson } from '@/components/geoJsonText';
import { useProblemForm } from '@/components/useProblemForm';
import type { District } from '../api/getDistricts';
import { useSaveDistrict } from '../api/saveDistrict';

interface Props {
  district?: District;
  onSaved: (district: District) => void;
  onCancel: () => void;
}

/** Creates or renames an Ortsbezirk and sets its boundary as a GeoJSON polygon. */
export function DistrictForm({ district, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(district?.name ?? '');
  const [boundary, setBoundary] = useState(geoJsonText(district?.boundary));
  const [boundaryInvalid, setBoundaryInvalid] = useState(false);
  const { errors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const save = useSaveDistrict();

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
      <TextField id="boundary" label={t('districtForm.boundary')} hint={t('districtForm.boundaryHint')} value={boundary} onChange={(value) => { fixed('boundary'); setBoundaryInvalid(false); setBoundary(value); }} error={boundaryError} multiline />
      <FormActions saving={save.isPending} existing={district !== undefined} onCancel={onCancel} />
    </form>
  );
}
