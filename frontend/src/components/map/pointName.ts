import type { Schemas } from '@/api/client';
import type { Point } from './mapApi';

type Area = Schemas['GeoJsonArea'];
type Position = number[];

/** A district as the API gives it; only those with a drawn boundary can contain a point. */
export interface DistrictArea {
  name: string;
  boundary?: Area | null;
}

export interface NamedPlace {
  name: string;
  location: Point;
}

export type Direction = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

/** What a point is called: the district it lies in, or what it is nearest to, how far and in which direction. */
export type PointName =
  | { kind: 'inDistrict'; name: string }
  | { kind: 'near'; name: string; metres: number; direction: Direction }
  | { kind: 'unnamed' };

/** Metres per degree of latitude; precise enough for distances across a city. */
const METRES_PER_DEGREE = 111_320;
const DIRECTIONS: Direction[] = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];

/**
 * Names a point for people rather than by its coordinates: the district whose boundary contains it (the smallest one
 * where boundaries overlap, as the server decides), otherwise the nearest named place or district boundary.
 */
export function namePoint(point: Point, districts: DistrictArea[], places: NamedPlace[]): PointName {
  const containing = districts
    .filter((d): d is DistrictArea & { boundary: Area } => Boolean(d.boundary) && inArea(point, d.boundary!))
    .sort((a, b) => boxSize(a.boundary) - boxSize(b.boundary))[0];
  if (containing) {
    return { kind: 'inDistrict', name: containing.name };
  }
  const candidates = [
    ...places.map((place) => ({ name: place.name, from: place.location })),
    ...districts.flatMap((d) => (d.boundary ? [{ name: d.name, from: nearestOnArea(point, d.boundary) }] : [])),
  ].map((c) => ({ ...c, metres: distance(c.from, point) }));
  const nearest = candidates.sort((a, b) => a.metres - b.metres)[0];
  return nearest
    ? { kind: 'near', name: nearest.name, metres: nearest.metres, direction: direction(nearest.from, point) }
    : { kind: 'unnamed' };
}

/** Ray casting, as the server does it: inside the outer ring and outside every hole of one of the polygons. */
export function inArea(point: Point, area: Area): boolean {
  return polygons(area).some(
    (rings) => rings.length > 0 && inRing(point, rings[0]!) && !rings.slice(1).some((hole) => inRing(point, hole)),
  );
}

function polygons(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates as Position[][]] : (area.coordinates as Position[][][]);
}

function inRing(point: Point, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function boxSize(area: Area): number {
  const positions = polygons(area).flat(2) as unknown as Position[];
  const lons = positions.map((p) => p[0] ?? 0);
  const lats = positions.map((p) => p[1] ?? 0);
  return (Math.max(...lons) - Math.min(...lons)) * (Math.max(...lats) - Math.min(...lats));
}

/** Metres east and north of an origin, on a plane: good enough within a city. */
function toPlane(origin: Point, p: Point): [number, number] {
  const x = (p.lon - origin.lon) * METRES_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180);
  return [x, (p.lat - origin.lat) * METRES_PER_DEGREE];
}

export function distance(a: Point, b: Point): number {
  const [x, y] = toPlane(a, b);
  return Math.hypot(x, y);
}

/** The point of an area's boundary nearest to a point outside it. */
function nearestOnArea(point: Point, area: Area): Point {
  let best: Point = point;
  let bestDistance = Infinity;
  for (const ring of polygons(area).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const candidate = nearestOnSegment(point, toPoint(ring[i - 1]!), toPoint(ring[i]!));
      const metres = distance(point, candidate);
      if (metres < bestDistance) {
        best = candidate;
        bestDistance = metres;
      }
    }
  }
  return best;
}

function toPoint([lon = 0, lat = 0]: Position): Point {
  return { lon, lat };
}

function nearestOnSegment(point: Point, a: Point, b: Point): Point {
  const [bx, by] = toPlane(a, b);
  const [px, py] = toPlane(a, point);
  const length = bx * bx + by * by;
  const share = length === 0 ? 0 : Math.min(1, Math.max(0, (px * bx + py * by) / length));
  return { lon: a.lon + (b.lon - a.lon) * share, lat: a.lat + (b.lat - a.lat) * share };
}

/** The compass direction in which `to` lies, seen from `from`, in eight steps. */
export function direction(from: Point, to: Point): Direction {
  const [x, y] = toPlane(from, to);
  const eighth = Math.round(Math.atan2(y, x) / (Math.PI / 4));
  return DIRECTIONS[(eighth + 8) % 8]!;
}
