import { useTranslation } from 'react-i18next';
import { ShapeIcon, type MarkerShape } from '@/components/map/shapes';
import type { MapCategory } from '../api/mapContributions';

export const CATEGORIES: MapCategory[] = ['FAVOURITE_PLACE', 'NEEDS_IMPROVEMENT', 'IDEA'];

/** Each kind differs by shape as well as colour, and the legend names both. */
export const CATEGORY_LOOK: Record<MapCategory, { colour: string; shape: MarkerShape }> = {
  FAVOURITE_PLACE: { colour: '#1b7a3e', shape: 'circle' },
  NEEDS_IMPROVEMENT: { colour: '#b3261e', shape: 'triangle' },
  IDEA: { colour: '#0b5394', shape: 'diamond' },
};

export function CategoryIcon({ category }: { category: MapCategory }) {
  return <ShapeIcon {...CATEGORY_LOOK[category]} size={16} />;
}

/** What the map's signs mean, in words: kind, shape and colour. */
export function MapLegend({ picking }: { picking: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <p id="map-legend-title">{t('map.legendTitle')}</p>
      <ul aria-labelledby="map-legend-title">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <ShapeIcon {...CATEGORY_LOOK[category]} /> {t(`map.category.${category}`)} – {t(`map.shape.${category}`)}
          </li>
        ))}
        {picking && (
          <li>
            <span className="map-picked map-picked--legend" aria-hidden="true" /> {t('map.legendPicked')}
          </li>
        )}
      </ul>
    </div>
  );
}
