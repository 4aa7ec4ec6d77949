import { describe, expect, it } from 'vitest';
import { optionKey } from './optionKey';

describe('optionKey', () => {
  it('turns a German label into a key the API accepts', () => {
    expect(optionKey('Zu Fuß')).toBe('zu-fuss');
    expect(optionKey('Außerhalb von Kaiserslautern')).toBe('ausserhalb-von-kaiserslautern');
    expect(optionKey('  Grün & Blau! ')).toBe('gruen-blau');
    expect(optionKey('Café')).toBe('cafe');
  });
});
