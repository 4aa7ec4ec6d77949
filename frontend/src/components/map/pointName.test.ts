import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/client';
import { inArea, namePoint, type DistrictArea, type NamedPlace } from './pointName';
import { describePointName, formatCoordinates } from './usePointDescription';

type Area = Schemas['GeoJsonArea'];

/** A rectangle as the demo draws districts: [west, south] to [east, north]. */
const box = (west: number, south: number, east: number, north: number): number[][] => [
  [west, south], [east, south], [east, north], [west, north], [west, south],
];
const polygon = (...rings: number[][][]): Area => ({ type: 'Polygon', coordinates: rings });

const erfenbach: DistrictArea = { name: 'Erfenbach', boundary: polygon(box(7.69, 49.471, 7.71, 49.485)) };
const erfenbachMitte: DistrictArea = { name: 'Erfenbach-Mitte', boundary: polygon(box(7.698, 49.476, 7.702, 49.48)) };
const noBoundary: DistrictArea = { name: 'Innenstadt', boundary: null };
const stiftsplatz: NamedPlace = { name: 'Stiftsplatz', location: { lon: 7.7695, lat: 49.4437 } };
const t = i18next.getFixedT('de');
const say = (point: { lon: number; lat: number }, districts: DistrictArea[], places: NamedPlace[] = []) =>
  describePointName(namePoint(point, districts, places), t, 'de');

describe('naming a point on the map', () => {
  it('names the district whose boundary contains it, the smallest where boundaries overlap', () => {
    expect(say({ lon: 7.695, lat: 49.473 }, [erfenbach, noBoundary], [stiftsplatz])).toBe('im Ortsbezirk Erfenbach');
    expect(say({ lon: 7.7, lat: 49.478 }, [erfenbach, erfenbachMitte])).toBe('im Ortsbezirk Erfenbach-Mitte');
  });

  it('outside every district, names the nearest named place, with distance and direction once it is not close', () => {
    expect(say({ lon: 7.7697, lat: 49.4438 }, [erfenbach], [stiftsplatz])).toBe('in der Nähe von Stiftsplatz');
    // About 300 m north: 0.0027° of latitude.
    expect(say({ lon: 7.7695, lat: 49.4464 }, [erfenbach], [stiftsplatz])).toBe('in der Nähe von Stiftsplatz (etwa 300 m nördlich davon)');
  });

  it('measures to a district from its boundary, not its middle, and says kilometres from one on', () => {
    // 0.0165° of latitude south of Erfenbach's southern edge is about 1.8 km.
    expect(say({ lon: 7.7, lat: 49.4545 }, [erfenbach])).toBe('in der Nähe von Erfenbach (etwa 1,8 km südlich davon)');
    const name = namePoint({ lon: 7.72, lat: 49.46 }, [erfenbach], []);
    expect(name).toMatchObject({ kind: 'near', name: 'Erfenbach', direction: 'SE' });
  });

  it('says only "a point on the map" when nothing is known to name it by', () => {
    expect(say({ lon: 7.7, lat: 49.45 }, [noBoundary])).toBe('ein Punkt auf der Karte');
  });

  it('gives the coordinates in the reader\'s number format, as detail', () => {
    expect(formatCoordinates({ lon: 7.7695, lat: 49.4437 }, t, 'de')).toBe('49,44370° N, 7,76950° O');
  });
});

describe('a point in an area', () => {
  it('is inside the outer ring and outside every hole, in any polygon of a MultiPolygon', () => {
    const withHole = polygon(box(0, 0, 10, 10), box(4, 4, 6, 6));
    expect(inArea({ lon: 2, lat: 2 }, withHole)).toBe(true);
    expect(inArea({ lon: 5, lat: 5 }, withHole)).toBe(false);
    const two: Area = { type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(5, 5, 6, 6)]] };
    expect(inArea({ lon: 5.5, lat: 5.5 }, two)).toBe(true);
    expect(inArea({ lon: 3, lat: 3 }, two)).toBe(false);
  });
});
