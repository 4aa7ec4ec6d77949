import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The id of the control for a server field path: "findings[1].text" → "findings-1-text". */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

interface Props {
  errors: Record<string, string>;
  failure?: string;
  /** Turns a field path into the words the form shows for it. */
  labelOf: (field: string) => string;
  /** Put before each control's id where a page has two forms with the same fields ("document-" + "file"). */
  idPrefix?: string;
}

/** What went wrong on submit, each entry linking to its field; focused so it is read out at once. */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ errors, failure, labelOf, idPrefix = '' }, ref) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={entries.length || failure ? 'error-summary' : undefined}>
      {failure && <p>{failure}</p>}
      {entries.length > 0 && (
        <>
          <p>{t('form.errorSummary')}</p>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                <a href={`#${idPrefix}${fieldId(field)}`}>
                  {labelOf(field)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
