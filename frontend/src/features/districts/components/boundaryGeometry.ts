/** The rings of one polygon, each a closed list of [longitude, latitude]. */
export type PolygonRings = number[][][];

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The polygons drawn on the map as the GeoJSON text the boundary field holds: nothing for none, a Polygon for one, a
 * MultiPolygon for several, coordinates rounded to about 10 cm.
 */
export function boundaryText(polygons: PolygonRings[]): string {
  const rounded = polygons.map((rings) => rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [round(lon), round(lat)])));
  if (rounded.length === 0) {
    return '';
  }
  const geometry = rounded.length === 1 ? { type: 'Polygon', coordinates: rounded[0] } : { type: 'MultiPolygon', coordinates: rounded };
  return JSON.stringify(geometry, null, 2);
}

/** The polygons of a GeoJSON Polygon or MultiPolygon; none for anything else. */
export function polygonsOf(geometry: unknown): PolygonRings[] {
  if (typeof geometry !== 'object' || geometry === null) {
    return [];
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) {
    return [];
  }
  if (type === 'Polygon') {
    return [coordinates as PolygonRings];
  }
  return type === 'MultiPolygon' ? (coordinates as PolygonRings[]) : [];
}
