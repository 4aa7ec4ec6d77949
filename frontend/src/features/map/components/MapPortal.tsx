import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/auth/AuthContext';
import { SelectField } from '@/components/fields';
import { LeafletMap, type Marker } from '@/components/map/LeafletMap';
import { useMapSettings, usePlaces, type Point } from '@/components/map/mapApi';
import { StatusMessage } from '@/components/StatusMessage';
import { useDistrictChoices, useMapContributions, useMapFeatures, type MapCategory, type MapContribution } from '../api/mapContributions';
import { ContributionForm } from './ContributionForm';
import { ContributionList } from './ContributionList';

const COLOURS: Record<MapCategory, string> = { FAVOURITE_PLACE: '#1b7a3e', NEEDS_IMPROVEMENT: '#b3261e', IDEA: '#0b5394' };

interface Props {
  format: string;
  anonymousAllowed: boolean;
  footer?: (contribution: MapContribution) => ReactNode;
}

/** Map, list and form of a format's map portal; the list and the form work without the map. */
export function MapPortal({ format, anonymousAllowed, footer }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [category, setCategory] = useState<MapCategory | ''>('');
  const [district, setDistrict] = useState('');
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<Point>();
  const [centre, setCentre] = useState<Point>();
  const [message, setMessage] = useState<string>();
  const filter = useMemo(() => ({ format, category: category || undefined, district: district || undefined }), [format, category, district]);
  const { data: settings } = useMapSettings();
  const { data: places } = usePlaces();
  const { data: districts } = useDistrictChoices();
  const { data: features } = useMapFeatures(filter);
  const { data: list } = useMapContributions(filter, page);
  const markers: Marker[] = useMemo(
    () => (features?.features ?? []).filter((f) => f.geometry).map((f) => ({
      id: f.id,
      point: { lon: f.geometry!.coordinates[0] ?? 0, lat: f.geometry!.coordinates[1] ?? 0 },
      label: `${t(`map.category.${f.properties.category}`)}: ${f.properties.title}`,
      colour: COLOURS[f.properties.category],
    })),
    [features, t],
  );
  const pages = list ? Math.max(1, Math.ceil(list.total / list.size)) : 1;
  const canWrite = auth.authenticated || anonymousAllowed;

  return (
    <>
      <StatusMessage message={message} />
      <div className="field-row">
        <SelectField id="filter-category" label={t('map.filterCategory')} value={category} onChange={(v) => { setCategory(v as MapCategory | ''); setPage(0); }}
          options={[{ value: '', label: t('map.all') }, ...(['FAVOURITE_PLACE', 'NEEDS_IMPROVEMENT', 'IDEA'] as MapCategory[]).map((c) => ({ value: c, label: t(`map.category.${c}`) }))]} />
        <SelectField id="filter-district" label={t('map.filterDistrict')} value={district} onChange={(v) => { setDistrict(v); setPage(0); }}
          options={[{ value: '', label: t('map.all') }, ...(districts ?? []).map((d) => ({ value: d.slug, label: d.name }))]} />
      </div>
      {settings && (
        <>
          <LeafletMap settings={settings} markers={markers} picked={picked} onPick={setPicked} onCentre={setCentre} label={t('map.mapLabel')} />
          <p className="field__hint">
            {t('map.legend')}{' '}
            {canWrite && (
              <button type="button" className="button button--small button--quiet" disabled={!centre} onClick={() => setPicked(centre)}>
                {t('map.useCentre')}
              </button>
            )}
          </p>
        </>
      )}
      <section aria-labelledby="contribute">
        <h2 id="contribute">{t('map.contribute')}</h2>
        {canWrite ? (
          <ContributionForm format={format} anonymous={!auth.authenticated} picked={picked} places={places ?? []} districts={districts ?? []} onDone={setMessage} />
        ) : (
          <p>
            {t('map.loginToContribute')}{' '}
            <button type="button" className="button button--quiet button--small" onClick={() => auth.login()}>
              {t('nav.login')}
            </button>
          </p>
        )}
      </section>
      <section aria-labelledby="contributions">
        <h2 id="contributions">{t('map.listHeading', { count: list?.total ?? 0 })}</h2>
        {list && <ContributionList contributions={list.items} onMessage={setMessage} footer={footer} />}
        {pages > 1 && (
          <nav className="pager" aria-label={t('map.pages')}>
            <button type="button" className="button button--small button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('map.previous')}</button>
            <span>{t('moderation.page', { page: page + 1, pages })}</span>
            <button type="button" className="button button--small button--quiet" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('map.next')}</button>
          </nav>
        )}
      </section>
    </>
  );
}
