import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { useWebhooks } from '../api/listWebhooks';
import { eventLabel } from './eventTypes';
import { TableScroll } from '@/components/TableScroll';

/** The registered webhooks, oldest first: app, address, event types and whether they are paused. */
export function WebhookTable({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const { data: webhooks, isLoading, error } = useWebhooks();
  return (
    <>
      <StatusMessage {...notice} />
      {!webhooks ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : webhooks.length === 0 ? (
        <p>{t('webhooks.none')}</p>
      ) : (
        <TableScroll label={t('webhooks.title')}>
          <table className="admin-table">
            <caption className="visually-hidden">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.appClient')}</th>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.events')}</th>
                <th scope="col">{t('webhooks.stateLabel')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id}>
                  <th scope="row">{webhook.appClient}</th>
                  <td className="break-anywhere">{webhook.url}</td>
                  <td>{webhook.events.length === 0 ? t('webhooks.allEvents') : webhook.events.map((type) => eventLabel(type, t)).join(', ')}</td>
                  <td>{t(webhook.active ? 'webhooks.state.active' : 'webhooks.state.paused')}</td>
                  <td className="actions">
                    <Link to={`/verwaltung/webhooks/${webhook.id}`} aria-label={t('webhooks.openNamed', { app: webhook.appClient, url: webhook.url })}>
                      {t('webhooks.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
