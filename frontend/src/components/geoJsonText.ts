/**
 * GeoJSON typed into a text area: empty means none; anything else must at least be a JSON object. Its shape is the
 * server's to check (it answers with field-level problems), so the object is passed on as the type the request needs.
 */
export function parseGeoJson<T extends object>(text: string): { value?: T; invalid: boolean } {
  if (text.trim() === '') {
    return { invalid: false };
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { value: value as T, invalid: false }
      : { invalid: true };
  } catch {
    return { invalid: true };
  }
}

export function geoJsonText(value: unknown): string {
  return value ? JSON.stringify(value, null, 2) : '';
}
