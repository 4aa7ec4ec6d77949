import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import type { Webhook } from '../api/listWebhooks';
import { eventLabel } from './eventTypes';

/** What is registered for a webhook; never its secret. */
export function WebhookFacts({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatDateTime(instant, i18n.language);
  return (
    <dl className="facts">
      <dt>{t('webhooks.appClient')}</dt>
      <dd>{webhook.appClient}</dd>
      <dt>{t('webhooks.url')}</dt>
      <dd className="break-anywhere">{webhook.url}</dd>
      <dt>{t('webhooks.events')}</dt>
      <dd>
        {webhook.events.length === 0 ? (
          t('webhooks.allEvents')
        ) : (
          <ul className="inline-list">
            {webhook.events.map((type) => (
              <li key={type}>
                {eventLabel(type, t)} (<code>{type}</code>)
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('webhooks.stateLabel')}</dt>
      <dd>{t(webhook.active ? 'webhooks.state.active' : 'webhooks.state.paused')}</dd>
      <dt>{t('webhooks.createdAt')}</dt>
      <dd>{when(webhook.createdAt)}</dd>
      <dt>{t('webhooks.updatedAt')}</dt>
      <dd>{when(webhook.updatedAt)}</dd>
      {webhook.previousSecretValidUntil && (
        <>
          <dt>{t('webhooks.previousSecretValidUntil')}</dt>
          <dd>{when(webhook.previousSecretValidUntil)}</dd>
        </>
      )}
    </dl>
  );
}
