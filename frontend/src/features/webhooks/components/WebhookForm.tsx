import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxField, FormActions, TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import { useCreateWebhook, type WebhookWithSecret } from '../api/createWebhook';
import type { WebhookEventType } from '../api/listWebhooks';
import { EVENT_TYPES, eventLabel } from './eventTypes';

interface Props {
  /** Gets the new webhook with its secret, which the API answers only this once. */
  onCreated: (created: WebhookWithSecret) => void;
  onCancel: () => void;
}

/** The server's field paths as the form shows them: "events[2]" belongs to the event types as a whole. */
function byFormField(errors: Record<string, string>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const key = field.startsWith('events') ? 'events' : field;
    merged[key] = merged[key] ? `${merged[key]}; ${message}` : message;
  }
  return merged;
}

/** Registers an app's endpoint for the event types it wants; none chosen means all. */
export function WebhookForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [appClient, setAppClient] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const { errors: problemErrors, failure, summaryRef, fixed, fixing, handle } = useProblemForm();
  const create = useCreateWebhook();
  const errors = byFormField(problemErrors);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ appClient: appClient.trim(), url: url.trim(), events }, handle(onCreated));
  };
  const toggle = (type: WebhookEventType, on: boolean) => {
    fixed('events');
    setEvents(on ? [...events, type] : events.filter((chosen) => chosen !== type));
  };
  const eventsDescribedBy = ['events-hint', errors.events && 'events-error'].filter(Boolean).join(' ');

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`webhookForm.${field.replace(/[[.].*/, '')}`, { defaultValue: field })} />
      <TextField id="appClient" label={t('webhookForm.appClient')} hint={t('webhookForm.appClientHint')} value={appClient} onChange={fixing('appClient', setAppClient)} error={errors.appClient} required maxLength={100} />
      <TextField id="url" label={t('webhookForm.url')} hint={t('webhookForm.urlHint')} value={url} onChange={fixing('url', setUrl)} error={errors.url} required maxLength={2000} />
      <fieldset id="events" className={errors.events ? 'field--invalid' : undefined} aria-describedby={eventsDescribedBy}>
        <legend>{t('webhookForm.events')}</legend>
        <p className="field__hint" id="events-hint">
          {t('webhookForm.eventsHint')}
        </p>
        {errors.events && (
          <p className="field__error" id="events-error">
            {errors.events}
          </p>
        )}
        <div className="checkbox-grid">
          {EVENT_TYPES.map((type) => (
            <CheckboxField key={type} id={`event-${type.replace(/[._]/g, '-')}`} label={`${eventLabel(type, t)} (${type})`} checked={events.includes(type)} onChange={(on) => toggle(type, on)} />
          ))}
        </div>
      </fieldset>
      <FormActions saving={create.isPending} existing={false} onCancel={onCancel} />
    </form>
  );
}
