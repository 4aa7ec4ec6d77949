import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/api/problem';

/** Turns a failed save into field errors or a form-level message, and moves focus to the error summary. */
export function useProblemForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);

  const onError = (error: Error) => {
    const problem = error instanceof ApiProblem ? error : undefined;
    setErrors(problem?.violationsByField() ?? {});
    setFailure(
      problem?.status === 409
        ? t('form.conflict')
        : problem?.problem.violations?.length
          ? undefined
          : t('form.failed', { detail: error.message }),
    );
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  return { errors, failure, summaryRef, onError };
}
