import { describe, expect, it } from 'vitest';
import { optionKey, optionKeys } from './optionKey';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('optionKey', () => {
  it('turns a German label into a key the API accepts, umlauts transliterated', () => {
    expect(optionKey('Zu Fuß')).toBe('zu-fuss');
    expect(optionKey('Außerhalb von Kaiserslautern')).toBe('ausserhalb-von-kaiserslautern');
    expect(optionKey('Öffentlicher Nahverkehr')).toBe('oeffentlicher-nahverkehr');
    expect(optionKey('  Grün & Blau! ')).toBe('gruen-blau');
    expect(optionKey('Café')).toBe('cafe');
  });

  it('gives labels without Latin letters, empty ones and very long ones a key the API accepts too', () => {
    for (const label of ['😀', 'Ελλάδα', '', '   ', '中文', 'x'.repeat(300), `${'a'.repeat(109)} b`]) {
      expect(optionKey(label), label).toMatch(SLUG);
      expect(optionKey(label).length, label).toBeLessThanOrEqual(110);
    }
  });
});

describe('optionKeys', () => {
  it('keeps saved keys and makes new ones unique among all options of the question', () => {
    const keys = optionKeys([{ key: 'ja', label: 'Ja' }, { label: 'ja!' }, { label: 'Ja' }, { label: '😀' }, { label: '🙂' }]);
    expect(keys).toEqual(['ja', 'ja-2', 'ja-3', 'option', 'option-2']);
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((key) => expect(key).toMatch(SLUG));
  });
});
