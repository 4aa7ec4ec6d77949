import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** Label, hint and error of one form control, linked by id so screen readers announce them together. */
function FieldFrame({ id, label, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy({ id, error, hint }: FieldProps): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'date' | 'number' | 'datetime-local';
    /** What the field asks for, so browsers and assistive technology can fill it in (WCAG 1.3.5). */
    autoComplete?: string;
    multiline?: boolean;
    maxLength?: number;
  },
) {
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props),
  };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={8} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(event) => props.onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] },
) {
  return (
    <FieldFrame {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field field--checkbox">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A legend and the error of a group of choices; the fieldset carries the id the error summary links to. */
function GroupFrame({ id, legend, error, className, children }: { id: string; legend: string; error?: string; className?: string; children: ReactNode }) {
  const classes = [className, error && 'field--invalid'].filter(Boolean).join(' ');
  return (
    <fieldset id={id} className={classes || undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * One choice among a few, each with a line of help: radio buttons in a fieldset, so the legend is read with every
 * option and the arrow keys move between them.
 */
export function RadioGroupField({
  id,
  legend,
  value,
  onChange,
  options,
  error,
}: {
  id: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; hint?: string }[];
  error?: string;
}) {
  return (
    <GroupFrame id={id} legend={legend} error={error} className="radio-group">
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="radio-group__option" key={option.value}>
            <input
              id={optionId}
              name={id}
              type="radio"
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p className="field__hint" id={`${optionId}-hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </GroupFrame>
  );
}

/** Any number of choices from a list: checkboxes in a fieldset, so the legend is read with every option. */
export function CheckboxGroupField({
  id,
  legend,
  values,
  onChange,
  options,
  error,
}: {
  id: string;
  legend: string;
  values: string[];
  onChange: (values: string[]) => void;
  options: { value: string; label: string }[];
  error?: string;
}) {
  return (
    <GroupFrame id={id} legend={legend} error={error}>
      <div className="checkbox-grid">
        {options.map((option) => (
          <CheckboxField
            key={option.value}
            id={`${id}-${option.value}`}
            label={option.label}
            checked={values.includes(option.value)}
            // Kept in the order of the options, whatever order they were ticked in.
            onChange={(checked) =>
              onChange(options.map((o) => o.value).filter((value) => (value === option.value ? checked : values.includes(value))))
            }
          />
        ))}
      </div>
    </GroupFrame>
  );
}

/** Submit and cancel, the same on every form. */
export function FormActions({ saving, existing, onCancel }: { saving: boolean; existing: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('form.saving') : existing ? t('form.save') : t('form.create')}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
