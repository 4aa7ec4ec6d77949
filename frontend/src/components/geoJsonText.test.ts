import { describe, expect, it } from 'vitest';
import { geoJsonText, parseGeoJson } from './geoJsonText';

describe('parseGeoJson', () => {
  it('treats an empty text as no map', () => {
    expect(parseGeoJson('  ')).toEqual({ invalid: false });
  });

  it('reads a GeoJSON object and writes it back readably', () => {
    const parsed = parseGeoJson('{"type":"Point","coordinates":[7.77,49.44]}');
    expect(parsed.value).toEqual({ type: 'Point', coordinates: [7.77, 49.44] });
    expect(geoJsonText(parsed.value)).toContain('"type": "Point"');
  });

  it('flags text that is not a JSON object', () => {
    expect(parseGeoJson('{type: Point').invalid).toBe(true);
    expect(parseGeoJson('[1, 2]').invalid).toBe(true);
  });
});
