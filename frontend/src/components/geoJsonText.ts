/** GeoJSON typed into a text area: empty means none; anything else must at least be a JSON object. */
export function parseGeoJson(text: string): { value?: Record<string, unknown>; invalid: boolean } {
  if (text.trim() === '') {
    return { invalid: false };
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { value: value as Record<string, unknown>, invalid: false }
      : { invalid: true };
  } catch {
    return { invalid: true };
  }
}

export function geoJsonText(value: unknown): string {
  return value ? JSON.stringify(value, null, 2) : '';
}
