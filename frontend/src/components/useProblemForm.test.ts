import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, unwrap } from '@/api/problem';
import { en } from '@/i18n/en';
import { EXPLAINED_PROBLEMS, problemMessage } from './useProblemForm';

const problem = (slug: string, status: number, detail = 'English detail from the server') =>
  new ApiProblem({ type: `urn:mitwirken:problem:${slug}`, title: 'Title', status, detail });

const de = i18next.getFixedT('de');
let english: typeof de;

beforeAll(() => {
  i18next.addResourceBundle('en', 'translation', en);
  english = i18next.getFixedT('en');
});

describe('the messages for problems the UI explains itself', () => {
  it.each([
    ['email-not-verified', 403, 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse'],
    ['participation-code-required', 403, 'Bitte geben Sie den Teilnahmecode ein'],
    ['participation-code-invalid', 403, 'Diesen Teilnahmecode gibt es nicht, oder er wurde schon benutzt'],
    ['on-site-code-expired', 403, 'Bitte scannen Sie den Code auf dem Bildschirm erneut'],
    ['on-site-code-invalid', 403, 'Das ist nicht der Code vom Bildschirm'],
    ['on-site-proof-required', 403, 'Vor Ort zählt eine Stimme nur mit dem Code vom Bildschirm'],
    ['device-token-invalid', 403, 'Dieses Gerät wurde nicht wiedererkannt'],
    ['already-taken-part', 409, 'Mit diesem Konto wurde hier schon teilgenommen'],
    ['results-not-public-yet', 403, 'Die Ergebnisse werden erst nach dem Ende veröffentlicht'],
    ['too-many-requests', 429, 'sehr viele Beiträge ohne Anmeldung'],
    ['not-open', 409, 'Es hat noch nicht begonnen oder ist schon beendet'],
    ['unauthorized', 401, 'Bitte melden Sie sich an'],
  ])('%s is explained in German, not with the English detail', (slug, status, german) => {
    const message = problemMessage(problem(slug, status), de);
    expect(message).toContain(german);
    expect(message).not.toContain('English detail');
  });

  it('has a German and an English text for every explained type', () => {
    for (const slug of EXPLAINED_PROBLEMS) {
      const german = problemMessage(problem(slug, 403), de);
      const inEnglish = problemMessage(problem(slug, 403), english);
      expect(german, slug).not.toMatch(/^problem\./);
      expect(inEnglish, slug).not.toMatch(/^problem\./);
      expect(inEnglish, slug).not.toBe(german);
    }
    expect(problemMessage(problem('on-site-code-expired', 403), english)).toBe(
      'The code on the screen has changed meanwhile. Please scan the code on the screen again.',
    );
  });

  it('says how long to wait after too many requests, from Retry-After', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '90' } });
    const error = (() => {
      try {
        unwrap({ error: { type: 'urn:mitwirken:problem:too-many-requests', title: 'Too many requests', status: 429 }, response });
      } catch (thrown) {
        return thrown as ApiProblem;
      }
      throw new Error('unwrap did not throw');
    })();
    expect(error.retryAfterSeconds).toBe(90);
    expect(problemMessage(error, de)).toContain('in 2 Minuten erneut');
  });

  it('keeps a stale edit (409 without a type of its own) and unknown problems as before', () => {
    expect(problemMessage(problem('conflict', 409), de)).toBe(de('form.conflict'));
    expect(problemMessage(problem('internal-error', 500, 'Boom'), de)).toBe('Speichern fehlgeschlagen: Boom');
    const invalid = new ApiProblem({
      type: 'urn:mitwirken:problem:validation-failed',
      title: 'Invalid',
      status: 400,
      violations: [{ field: 'dots', message: 'too many' }],
    });
    expect(problemMessage(invalid, de)).toBeUndefined();
  });
});
