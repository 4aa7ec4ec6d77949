import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import type { WebhookWithSecret } from '../api/createWebhook';
import { useDeleteWebhook } from '../api/deleteWebhook';
import type { Webhook } from '../api/listWebhooks';
import { useRotateWebhookSecret } from '../api/rotateWebhookSecret';
import { useTestWebhook } from '../api/testWebhook';
import { useUpdateWebhook } from '../api/updateWebhook';
import { actionFailure } from './failure';

interface Props {
  webhook: Webhook;
  /** What the last action did, or why it failed, for the page's status line. */
  onMessage: (message: string) => void;
  /** A new secret, to be shown this once. */
  onRotated: (rotated: WebhookWithSecret) => void;
  onDeleted: () => void;
}

/** Pause or resume, send a test event, rotate the secret, delete (after asking once more). */
export function WebhookActions({ webhook, onMessage, onRotated, onDeleted }: Props) {
  const { t } = useTranslation();
  const update = useUpdateWebhook();
  const test = useTestWebhook();
  const rotate = useRotateWebhookSecret();
  const fail = (error: Error) => onMessage(actionFailure(error, t));

  const toggleActive = () => {
    const active = !webhook.active;
    update.mutate(
      {
        id: webhook.id,
        request: { appClient: webhook.appClient, url: webhook.url, events: webhook.events, active, version: webhook.version },
      },
      { onSuccess: () => onMessage(t(active ? 'webhooks.resumed' : 'webhooks.paused')), onError: fail },
    );
  };

  return (
    <section aria-labelledby="webhook-actions-heading" className="card">
      <h2 id="webhook-actions-heading">{t('admin.actions')}</h2>
      <div className="form-actions">
        <button type="button" className="button" disabled={update.isPending} aria-describedby="webhook-pause-hint" onClick={toggleActive}>
          {t(webhook.active ? 'webhooks.pause' : 'webhooks.resume')}
        </button>
        <button type="button" className="button" disabled={test.isPending} onClick={() => test.mutate(webhook.id, { onSuccess: () => onMessage(t('webhooks.tested')), onError: fail })}>
          {t('webhooks.test')}
        </button>
        <button type="button" className="button" disabled={rotate.isPending} aria-describedby="webhook-rotate-hint" onClick={() => rotate.mutate(webhook.id, { onSuccess: (rotated) => { onMessage(t('webhooks.rotated')); onRotated(rotated); }, onError: fail })}>
          {t('webhooks.rotate')}
        </button>
      </div>
      <p className="field__hint" id="webhook-pause-hint">
        {t('webhooks.pauseHint')}
      </p>
      <p className="field__hint" id="webhook-rotate-hint">
        {t('webhooks.rotateHint')}
      </p>
      <DeleteWebhook webhook={webhook} onDeleted={onDeleted} onFailed={fail} />
    </section>
  );
}

/** Deleting takes the deliveries with it and cannot be undone, so it asks once more. */
function DeleteWebhook({ webhook, onDeleted, onFailed }: { webhook: Webhook; onDeleted: () => void; onFailed: (error: Error) => void }) {
  const { t } = useTranslation();
  const remove = useDeleteWebhook();
  return (
    <p>
      <ConfirmButton
        label={t('webhooks.delete')}
        question={t('webhooks.deleteQuestion', { app: webhook.appClient })}
        confirmLabel={t('webhooks.deleteConfirm')}
        disabled={remove.isPending}
        onConfirm={() => remove.mutate(webhook.id, { onSuccess: onDeleted, onError: onFailed })}
      />
    </p>
  );
}
