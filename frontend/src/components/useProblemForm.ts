import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/api/problem';
import { problemMessage, violationTexts } from './problemText';

/** Whether a field path is the given field or lies within it: "options[1].label" lies within "options". */
function within(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/**
 * The error of each field, where the errors of a group's entries ("districts[2]") count as the group's, so that they
 * show at the group of checkboxes and the error summary links to it.
 */
function byField(texts: Record<string, string>, groups: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, text] of Object.entries(texts)) {
    const field = groups.find((group) => within(path, group)) ?? path;
    result[field] = result[field] && result[field] !== text ? `${result[field]}; ${text}` : text;
  }
  return result;
}

/**
 * Turns a failed request into field errors and a form-level message, in the reader's language (also after switching
 * it), and moves focus to the error summary. A field's error goes as soon as the field is changed (`fixed`), all of
 * them once the next attempt succeeds (`handle` does both for a mutation).
 */
export function useProblemForm({ groups = [] }: { groups?: string[] } = {}) {
  const { t } = useTranslation();
  const [error, setError] = useState<Error>();
  const [fixedFields, setFixedFields] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  const errors = Object.fromEntries(
    Object.entries(byField(violationTexts(error, t), groups)).filter(([path]) => !fixedFields.some((field) => within(path, field))),
  );
  const failure = error ? problemMessage(error, t) : undefined;
  const problemType = error instanceof ApiProblem ? error.slug : undefined;

  const onError = (failed: Error) => {
    setError(failed);
    setFixedFields([]);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  /** Clears what the last failure showed, e.g. once the next attempt succeeded. */
  const reset = () => {
    setError(undefined);
    setFixedFields([]);
  };
  /** The reader changed this field (or a part of it): its error no longer applies. */
  const fixed = (field: string) => {
    if (Object.keys(errors).some((path) => within(path, field))) {
      setFixedFields((fields) => [...fields, field]);
    }
  };
  /** A change handler that also takes the field's error away. */
  const fixing =
    <T,>(field: string, change: (value: T) => void) =>
    (value: T) => {
      fixed(field);
      change(value);
    };
  /** Callbacks for a mutation: errors shown on failure, cleared on success before `onSuccess` runs. */
  const handle = <T,>(onSuccess?: (result: T) => void) => ({
    onSuccess: (result: T) => {
      reset();
      onSuccess?.(result);
    },
    onError,
  });
  return { errors, failure, problemType, summaryRef, onError, reset, fixed, fixing, handle };
}
