import { describe, expect, it } from 'vitest';
import { boundaryText, polygonsOf } from './boundaryGeometry';

const square: number[][][] = [[[7.7, 49.4], [7.8, 49.4], [7.8, 49.5], [7.7, 49.4]]];
const other: number[][][] = [[[7.6, 49.3], [7.65, 49.3], [7.65, 49.35], [7.6, 49.3]]];

describe('a district boundary drawn on the map', () => {
  it('is no boundary when nothing is drawn', () => {
    expect(boundaryText([])).toBe('');
  });

  it('is a Polygon for one shape and a MultiPolygon for several, as the boundary field takes it', () => {
    expect(JSON.parse(boundaryText([square]))).toEqual({ type: 'Polygon', coordinates: square });
    expect(JSON.parse(boundaryText([square, other]))).toEqual({ type: 'MultiPolygon', coordinates: [square, other] });
  });

  it('keeps coordinates to about 10 cm, not the sixteen digits a mouse gives', () => {
    const drawn = [[[7.123456789, 49.987654321], [7.2, 49.9], [7.2, 50], [7.123456789, 49.987654321]]];
    expect(JSON.parse(boundaryText([drawn])).coordinates[0][0]).toEqual([7.123457, 49.987654]);
  });

  it('reads the polygons back from the GeoJSON typed or imported into the field', () => {
    expect(polygonsOf({ type: 'Polygon', coordinates: square })).toEqual([square]);
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [square, other] })).toEqual([square, other]);
    expect(polygonsOf({ type: 'Point', coordinates: [7.7, 49.4] })).toEqual([]);
    expect(polygonsOf('kein GeoJSON')).toEqual([]);
  });
});
