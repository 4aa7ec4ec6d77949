import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiProblem } from '@/api/problem';

/**
 * The problem types the UI explains in its own words (the server's `detail` is English): each has the key
 * `problem.<slug>` in the translations. Everything else falls back to a message by status.
 */
export const EXPLAINED_PROBLEMS = [
  'unauthorized',
  'email-not-verified',
  'participation-code-required',
  'participation-code-invalid',
  'on-site-code-expired',
  'on-site-code-invalid',
  'on-site-proof-required',
  'device-token-invalid',
  'already-taken-part',
  'results-not-public-yet',
  'too-many-requests',
  'not-open',
] as const;
export type ExplainedProblem = (typeof EXPLAINED_PROBLEMS)[number];

function explained(slug: string | undefined): slug is ExplainedProblem {
  return (EXPLAINED_PROBLEMS as readonly string[]).includes(slug ?? '');
}

/**
 * The form-level message for a failed request in the reader's language, or undefined when the problem names the
 * invalid fields (the error summary lists those). A 409 without a type of its own is a stale edit.
 */
export function problemMessage(error: Error, t: TFunction): string | undefined {
  const problem = error instanceof ApiProblem ? error : undefined;
  const slug = problem?.slug;
  if (explained(slug)) {
    const minutes = Math.max(1, Math.ceil((problem?.retryAfterSeconds ?? 0) / 60));
    return slug === 'too-many-requests' && problem?.retryAfterSeconds
      ? t('problem.too-many-requests-wait', { count: minutes })
      : t(`problem.${slug}`);
  }
  if (problem?.status === 409) {
    return t('form.conflict');
  }
  return problem?.problem.violations?.length ? undefined : t('form.failed', { detail: error.message });
}

/** Turns a failed save into field errors or a form-level message, and moves focus to the error summary. */
export function useProblemForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [problemType, setProblemType] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);

  const onError = (error: Error) => {
    const problem = error instanceof ApiProblem ? error : undefined;
    setErrors(problem?.violationsByField() ?? {});
    setFailure(problemMessage(error, t));
    setProblemType(problem?.slug);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  /** Clears what the last failure showed, e.g. once the next attempt succeeded. */
  const reset = () => {
    setErrors({});
    setFailure(undefined);
    setProblemType(undefined);
  };
  return { errors, failure, problemType, summaryRef, onError, reset };
}
