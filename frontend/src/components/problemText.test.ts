import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, unwrap, type Problem } from '@/api/problem';
import { en } from '@/i18n/en';
import { failureText, problemMessage, violationTexts } from './problemText';

/** A problem as the server sends it when asked in English: the UI must not show its words to German readers. */
const problem = (fields: Partial<Problem> & Pick<Problem, 'code'>, retryAfterSeconds?: number) =>
  new ApiProblem(
    {
      type: `urn:mitwirken:problem:${fields.code}`,
      title: 'English title',
      status: 400,
      detail: 'English detail from the server',
      arguments: {},
      ...fields,
    },
    retryAfterSeconds,
  );

const de = i18next.getFixedT('de');
let english: typeof de;

beforeAll(() => {
  i18next.addResourceBundle('en', 'translation', en);
  english = i18next.getFixedT('en');
});

describe('a violation is said from its code and arguments', () => {
  const invalid = problem({
    type: 'urn:mitwirken:problem:validation-failed',
    code: 'validation-failed',
    violations: [
      { field: 'title', code: 'too-long', arguments: { max: 200 }, message: 'must be at most 200 characters long' },
      { field: 'pseudonym', code: 'too-short', arguments: { min: 2, max: 50 }, message: 'must be at least 2 characters long' },
      { field: 'pseudonym', code: 'unprintable', arguments: {}, message: 'contains control characters' },
      { field: 'dots', code: 'over-budget', arguments: { given: 6, budget: 5 }, message: '6 dots given; the budget is 5' },
      { field: 'location', code: 'outside-city', arguments: { west: 7.6, east: 7.9, south: 49.3, north: 49.5 }, message: 'must lie within the city' },
    ],
  });

  it('in German, never in the server’s English', () => {
    expect(violationTexts(invalid, de)).toEqual({
      title: 'darf höchstens 200 Zeichen lang sein',
      pseudonym: 'muss mindestens 2 Zeichen lang sein; enthält Steuerzeichen oder Zeichen, die nicht dargestellt werden können',
      dots: 'Sie haben 6 Punkte verteilt, es stehen aber nur 5 zur Verfügung',
      location: 'muss innerhalb der Stadt liegen',
    });
    expect(problemMessage(invalid, de)).toBeUndefined();
  });

  it('in English for English readers', () => {
    expect(violationTexts(invalid, english).title).toBe('must be at most 200 characters long');
    expect(violationTexts(invalid, english).dots).toBe('You gave 6 dots, but only 5 are available');
  });

  it('with the server’s text only for a code this UI does not know yet', () => {
    const newer = problem({
      type: 'urn:mitwirken:problem:validation-failed',
      code: 'validation-failed',
      violations: [{ field: 'title', code: 'some-future-rule', arguments: {}, message: 'folgt einer neuen Regel' }],
    });
    expect(violationTexts(newer, de)).toEqual({ title: 'folgt einer neuen Regel' });
  });
});

describe('a problem without violations is said from the code of its detail', () => {
  it.each([
    ['email-not-verified', 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse'],
    ['participation-code-invalid', 'Diesen Teilnahmecode gibt es nicht, oder er wurde schon benutzt'],
    ['on-site-code-expired', 'Bitte scannen Sie den Code auf dem Bildschirm erneut'],
    ['already-taken-part', 'Mit diesem Konto wurde hier schon teilgenommen'],
    ['results-not-public-yet', 'Die Ergebnisse werden erst nach dem Ende veröffentlicht'],
    ['login-to-take-part', 'Bitte melden Sie sich an, um teilzunehmen'],
    ['stale-version', 'Jemand hat das inzwischen geändert'],
    ['slug-taken', 'Es gibt schon einen Eintrag mit diesem Namen'],
    ['internal-error', 'Auf dem Server ist ein Fehler aufgetreten'],
  ])('%s in German', (code, german) => {
    const message = problemMessage(problem({ code }), de);
    expect(message).toContain(german);
    expect(message).not.toContain('English');
  });

  it('with its arguments in the reader’s formats', () => {
    const notOpen = problem({
      type: 'urn:mitwirken:problem:not-open',
      code: 'open-between',
      status: 409,
      arguments: { title: 'Ortsbezirke', opensAt: '2024-10-01T08:00:00Z', closesAt: '2024-10-31T22:00:00Z' },
    });
    expect(problemMessage(notOpen, de)).toMatch(/^„Ortsbezirke“ ist nur von \d\d\.10\.2024, \d\d:\d\d bis \d\d\.\d\d\.2024, \d\d:\d\d offen\.$/);
    expect(problemMessage(problem({ code: 'no-such-item', arguments: { key: 'moelschbach' } }), de)).toBe(
      '„moelschbach“ gibt es nicht oder nicht mehr.',
    );
  });

  it('says how long to wait after too many requests, from Retry-After', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '90' } });
    const error = (() => {
      try {
        unwrap({
          error: {
            type: 'urn:mitwirken:problem:too-many-requests',
            title: 'Too many requests',
            status: 429,
            detail: 'Too many contributions',
            code: 'too-many-writes',
            arguments: { retryAfter: 90 },
          },
          response,
        });
      } catch (thrown) {
        return thrown as ApiProblem;
      }
      throw new Error('unwrap did not throw');
    })();
    expect(error.retryAfterSeconds).toBe(90);
    expect(problemMessage(error, de)).toContain('in 2 Minuten erneut');
  });

  it('speaks for answers that are no problem of the API, and for a network that is gone', () => {
    const response = new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const proxy = (() => {
      try {
        unwrap({ error: '<html>Bad Gateway</html>', response });
      } catch (thrown) {
        return thrown as ApiProblem;
      }
      throw new Error('unwrap did not throw');
    })();
    expect(problemMessage(proxy, de)).toBe(de('failure.unexpected', { status: 502 }));
    expect(problemMessage(new TypeError('Failed to fetch'), de)).toBe(de('failure.network'));
  });

  it('gives an action without a form one line, also for violations', () => {
    const invalid = problem({
      code: 'validation-failed',
      violations: [{ field: 'reason', code: 'reason-required', arguments: {}, message: 'must be given to hide or reject' }],
    });
    expect(failureText(invalid, de)).toBe(de('problems.reason-required'));
  });
});
