import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
// What the API can say, by code, with its German words: the backend's bundles are the catalogue of its codes
// (ProblemCatalogueTest there makes sure every code it can send has its words in them).
import violations from '../../../backend/src/main/resources/ValidationMessages_de.properties?raw';
import problems from '../../../backend/src/main/resources/ProblemMessages_de.properties?raw';

/** Every key that holds a text (or a list of them), as i18next names it: "nav.home". */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const germanKeys = new Set(keysOf(de));

/** A key the UI may ask for: a text, or the base of plural forms (key_one, key_other). */
function exists(key: string): boolean {
  return germanKeys.has(key) || germanKeys.has(`${key}_other`);
}

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The keys named literally in t(…) calls: the first argument's quoted texts, so both of `t(a ? 'x' : 'y')` count. */
function literalKeys(source: string): string[] {
  const keys: string[] = [];
  for (const call of source.matchAll(/\bt\(\s*([^,)]*)/g)) {
    for (const literal of (call[1] ?? '').matchAll(/(['"`])([A-Za-z][\w.-]*)\1/g)) {
      keys.push(literal[2]!);
    }
  }
  return keys;
}

/** The codes of a .properties bundle with their messages, titles of problem types aside. */
function codesOf(bundle: string): Map<string, string> {
  return new Map(
    bundle
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('title.'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );
}

const placeholders = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]).sort();

describe('the translations', () => {
  it('have the same keys in German and English', () => {
    expect(keysOf(en).sort()).toEqual([...germanKeys].sort());
  });

  it('have every key the sources name literally', () => {
    const missing = Object.entries(sources).flatMap(([file, source]) =>
      literalKeys(source)
        .filter((key) => key.includes('.') && !exists(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('have words for every code the API can send, with no argument it does not send', () => {
    const codes = new Map([...codesOf(violations), ...codesOf(problems)]);
    expect(codes.size).toBeGreaterThan(50);
    for (const [code, message] of codes) {
      for (const [language, texts] of [['de', de.problems], ['en', en.problems]] as const) {
        const text = (texts as Record<string, string>)[code];
        expect(text, `problems.${code} (${language})`).toBeTypeOf('string');
        const sent = placeholders(message, /\{(\w+)\}/g);
        placeholders(text!, /\{\{(\w+)\}\}/g).forEach((name) => expect(sent, `${code}: {{${name}}}`).toContain(name));
      }
    }
  });
});
