import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { StatusMessage } from '@/components/StatusMessage';

interface Props {
  heading: string;
  secret: string;
  /** Until when the secret before a rotation still signs, if it does. */
  previousValidUntil?: string | null;
  doneLabel: string;
  /** The admin has stored the secret: it leaves the page and is not shown again. */
  onDone: () => void;
}

/**
 * A webhook's signing secret, which the API answers only when it is created or rotated. Focus moves to it, so the
 * field is read out with the warning that it is shown this once, and its text is selected for copying.
 */
export function SecretNotice({ heading, secret, previousValidUntil, doneLabel, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [secret]);

  const copy = () => {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) {
      setMessage(t('webhooks.copyFailed'));
      return;
    }
    clipboard.writeText(secret).then(
      () => setMessage(t('webhooks.copied')),
      () => setMessage(t('webhooks.copyFailed')),
    );
  };

  return (
    <section aria-labelledby="webhook-secret-heading" className="notice">
      <h2 id="webhook-secret-heading">{heading}</h2>
      <p id="webhook-secret-once">
        <strong>{t('webhooks.secretOnce')}</strong> {t('webhooks.secretStore')}
      </p>
      {previousValidUntil && <p id="webhook-secret-previous">{t('webhooks.secretPrevious', { date: formatDateTime(previousValidUntil, i18n.language) })}</p>}
      <div className="field">
        <label htmlFor="webhook-secret">{t('webhooks.secret')}</label>
        <input
          ref={field}
          id="webhook-secret"
          type="text"
          className="secret-value"
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={previousValidUntil ? 'webhook-secret-once webhook-secret-previous' : 'webhook-secret-once'}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={copy}>
          {t('webhooks.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
