import type { TFunction } from 'i18next';
import { ApiProblem, problemSlug } from '@/api/problem';
import { formatDateTime } from './dates';

type Arguments = Record<string, string | number>;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Arguments as the reader writes them: times in their zone and language, decimals with a German comma. */
function readable(args: Arguments, language: string): Arguments {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === 'string' && INSTANT.test(value)
        ? formatDateTime(value, language)
        : typeof value === 'number' && !language.startsWith('en')
          ? String(value).replace('.', ',')
          : value,
    ]),
  );
}

/**
 * The one way the UI says what the API found wrong: its own words for the code (`problems.<code>`), filled with the
 * code's arguments; the server's text – sent in the same language, see the client's Accept-Language – only for a
 * code this version of the UI does not know yet.
 */
export function problemText(code: string, args: Arguments | undefined, serverText: string, t: TFunction): string {
  return t(`problems.${code}`, { ...readable(args ?? {}, t('app.locale')), defaultValue: serverText });
}

/** The message for each invalid field, by the field's JSON path; two for one field are joined. */
export function violationTexts(error: unknown, t: TFunction): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!(error instanceof ApiProblem)) {
    return byField;
  }
  for (const violation of error.problem.violations ?? []) {
    const text = problemText(violation.code, violation.arguments, violation.message, t);
    byField[violation.field] = byField[violation.field] ? `${byField[violation.field]}; ${text}` : text;
  }
  return byField;
}

/**
 * The form-level message for a failed request in the reader's language, or undefined when the problem names the
 * invalid fields (the error summary lists those).
 */
export function problemMessage(error: Error, t: TFunction): string | undefined {
  if (!(error instanceof ApiProblem)) {
    // fetch rejects with a TypeError when no answer came; other errors are the UI's own, already in its words.
    return error instanceof TypeError ? t('failure.network') : t('form.failed', { detail: error.message });
  }
  const { problem } = error;
  if (problemSlug(problem) === undefined) {
    // Not an answer of the API (a proxy's error page, say): its text is nobody's words for the reader.
    return t('failure.unexpected', { status: problem.status });
  }
  if (error.slug === 'too-many-requests' && error.retryAfterSeconds) {
    return t('failure.wait', { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  if (problem.violations?.length) {
    return undefined;
  }
  return problemText(problem.code, problem.arguments, problem.detail, t);
}

/** One line for a failed action that has no form to mark fields in: the problem's words, or its violations'. */
export function failureText(error: Error, t: TFunction): string {
  return problemMessage(error, t) ?? Object.values(violationTexts(error, t)).join('; ');
}
