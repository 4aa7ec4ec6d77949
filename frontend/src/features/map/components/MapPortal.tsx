import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/auth/AuthContext';
import { SelectField } from '@/components/fields';
import { LeafletMap, type Marker } from '@/components/map/LeafletMap';
import { useDistricts, useMapSettings, usePlaces, type Point } from '@/components/map/mapApi';
import { StatusMessage } from '@/components/StatusMessage';
import { useMapContributions, useMapFeatures, type MapCategory, type MapContribution } from '../api/mapContributions';
import { CATEGORIES, CATEGORY_LOOK, MapLegend } from './categoryLook';
import { ContributionForm } from './ContributionForm';
import { ContributionList } from './ContributionList';

interface Props {
  format: string;
  anonymousAllowed: boolean;
  footer?: (contribution: MapContribution) => ReactNode;
}

/**
 * Map, list and form of a format's map portal; the list and the form work without the map. By keyboard the map is one
 * stop: links before it skip it or lead to the list of the same contributions, and the thanks after sending take the
 * focus where the form is.
 */
export function MapPortal({ format, anonymousAllowed, footer }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [category, setCategory] = useState<MapCategory | ''>('');
  const [district, setDistrict] = useState('');
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<Point>();
  const [centre, setCentre] = useState<Point>();
  const [message, setMessage] = useState<string>();
  const [thanks, setThanks] = useState<string>();
  const filter = useMemo(() => ({ format, category: category || undefined, district: district || undefined }), [format, category, district]);
  const { data: settings } = useMapSettings();
  const { data: places } = usePlaces();
  const { data: districts } = useDistricts();
  const { data: features } = useMapFeatures(filter);
  const { data: list } = useMapContributions(filter, page);
  const markers: Marker[] = useMemo(
    () => (features?.features ?? []).filter((f) => f.geometry).map((f) => ({
      id: f.id,
      point: { lon: f.geometry!.coordinates[0] ?? 0, lat: f.geometry!.coordinates[1] ?? 0 },
      label: `${t(`map.category.${f.properties.category}`)}: ${f.properties.title}`,
      ...CATEGORY_LOOK[f.properties.category],
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
          options={[{ value: '', label: t('map.all') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`map.category.${c}`) }))]} />
        <SelectField id="filter-district" label={t('map.filterDistrict')} value={district} onChange={(v) => { setDistrict(v); setPage(0); }}
          options={[{ value: '', label: t('map.all') }, ...(districts ?? []).map((d) => ({ value: d.slug, label: d.name }))]} />
      </div>
      {settings && (
        <div className="map-block">
          <p className="map-skip-links">
            <a href="#contribute">{t('map.skipMap')}</a>
            <a href="#contributions">{t('map.toList')}</a>
          </p>
          <LeafletMap settings={settings} markers={markers} picked={canWrite ? picked : undefined} onPick={canWrite ? setPicked : undefined}
            onCentre={setCentre} label={t('map.mapLabel')} describedBy="map-keys" />
          <p id="map-keys" className="field__hint">{canWrite ? t('map.keysPick') : t('map.keysView')}</p>
          {canWrite && (
            <p>
              <button type="button" className="button button--small button--quiet" disabled={!centre} onClick={() => setPicked(centre)}>
                {t('map.useCentre')}
              </button>
            </p>
          )}
          <MapLegend picking={canWrite} />
        </div>
      )}
      <section aria-labelledby="contribute">
        <h2 id="contribute" tabIndex={-1}>{t('map.contribute')}</h2>
        <StatusMessage message={thanks} focus />
        {canWrite ? (
          <ContributionForm format={format} anonymous={!auth.authenticated} picked={picked} places={places ?? []} districts={districts ?? []} onDone={setThanks} />
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
        <h2 id="contributions" tabIndex={-1}>{t('map.listHeading', { count: list?.total ?? 0 })}</h2>
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
