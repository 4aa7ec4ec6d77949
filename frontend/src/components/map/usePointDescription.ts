import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDistricts, usePlaces, type Point } from './mapApi';
import { namePoint, type PointName } from './pointName';

/** Closer than this, "in der Nähe von" says enough without a distance. */
const NEAR_METRES = 150;

/** A point's name in words, e.g. "im Ortsbezirk Erfenbach" or "in der Nähe von Stiftsplatz (etwa 300 m nördlich davon)". */
export function describePointName(name: PointName, t: TFunction, language: string): string {
  if (name.kind === 'inDistrict') {
    return t('map.point.inDistrict', { name: name.name });
  }
  if (name.kind === 'unnamed') {
    return t('map.point.unnamed');
  }
  if (name.metres < NEAR_METRES) {
    return t('map.point.near', { name: name.name });
  }
  const distance =
    name.metres < 1000
      ? new Intl.NumberFormat(language, { style: 'unit', unit: 'meter' }).format(Math.round(name.metres / 50) * 50)
      : new Intl.NumberFormat(language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(name.metres / 1000);
  return t('map.point.nearBy', { name: name.name, distance, direction: t(`map.direction.${name.direction}`) });
}

/** Latitude and longitude as secondary detail, in the reader's number format. */
export function formatCoordinates(point: Point, t: TFunction, language: string): string {
  const degrees = new Intl.NumberFormat(language, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  return t('map.coordinates', { lat: degrees.format(point.lat), lon: degrees.format(point.lon) });
}

/** Names points by the districts' boundaries and the named places, once both have loaded. */
export function usePointDescription(): (point: Point) => string {
  const { t, i18n } = useTranslation();
  const { data: districts = [] } = useDistricts();
  const { data: places = [] } = usePlaces();
  return (point) => describePointName(namePoint(point, districts, places), t, i18n.language);
}
