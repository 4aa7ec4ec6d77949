import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button's words, e.g. "Zurückziehen". */
  label: string;
  /** Its name for screen readers where the words alone do not say what it acts on, e.g. "„Titel“ zurückziehen". */
  accessibleLabel?: string;
  /** The question the dialog asks, naming what will happen. */
  question: string;
  /** The words of the button that does it, e.g. "Ja, zurückziehen". */
  confirmLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/**
 * A withdrawing or destructive action: an outlined button in the error colour, never the row's most prominent one, that
 * asks in a modal dialog before anything happens. The focus goes to "Abbrechen" (the harmless answer), stays in the
 * dialog while it is open, Escape cancels, and on closing the focus returns to the button.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, disabled, onConfirm }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) {
      cancel.current?.focus();
    } else if (wasOpen.current) {
      trigger.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab go from one to the other and never leave the dialog.
      event.preventDefault();
      (document.activeElement === cancel.current ? confirm : cancel).current?.focus();
    }
  };

  return (
    <>
      <button ref={trigger} type="button" className="button button--small button--danger" aria-label={accessibleLabel} aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open &&
        createPortal(
          <div className="dialog-backdrop">
            <div role="alertdialog" aria-modal="true" aria-labelledby={questionId} className="dialog" onKeyDown={onKeyDown}>
              <p id={questionId} className="dialog__question">
                {question}
              </p>
              <div className="form-actions">
                <button ref={cancel} type="button" className="button button--quiet" onClick={() => setOpen(false)}>
                  {t('form.cancel')}
                </button>
                <button
                  ref={confirm}
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    setOpen(false);
                    onConfirm();
                  }}
                >
                  {confirmLabel}
                </button>
              </div>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
