import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { QueryState } from '@/components/QueryState';
import { DELIVERY_PAGE_SIZE, useDeliveries, type Delivery } from '../api/listDeliveries';
import { useRetryDelivery } from '../api/retryDelivery';
import { eventLabel } from './eventTypes';
import { actionFailure } from './failure';
import { TableScroll } from '@/components/TableScroll';

type Attempt = Delivery['lastAttempts'][number];

interface Props {
  webhookId: string;
  /** What a retry did, or why it failed, for the page's status line. */
  onMessage: (message: string) => void;
}

/** The body as sent, indented when it is JSON. */
function readable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** The newest of a delivery's last attempts. */
function latest(attempts: Attempt[]): Attempt | undefined {
  return attempts.reduce<Attempt | undefined>((newest, attempt) => (!newest || attempt.number > newest.number ? attempt : newest), undefined);
}

/** What was sent to a webhook, newest first, each with its state and last attempts; an abandoned one can be sent again. */
export function DeliveryTable({ webhookId, onMessage }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const { data, isLoading, error, refetch, isFetching } = useDeliveries(webhookId, page);
  const retry = useRetryDelivery();
  const pages = data ? Math.max(1, Math.ceil(data.total / DELIVERY_PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="deliveries-heading" className="card">
      <h2 id="deliveries-heading">{t('webhooks.deliveries')}</h2>
      <p>
        <button type="button" className="button button--quiet" disabled={isFetching} onClick={() => void refetch()}>
          {t('webhooks.refresh')}
        </button>
      </p>
      {!data ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('webhooks.noDeliveries')}</p>
      ) : (
        <TableScroll label={t('webhooks.deliveriesCaption')}>
          <table className="admin-table">
            <caption className="visually-hidden">{t('webhooks.deliveriesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.eventType')}</th>
                <th scope="col">{t('webhooks.createdColumn')}</th>
                <th scope="col">{t('webhooks.stateLabel')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.lastAttempt')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((delivery) => (
                <DeliveryRow
                  key={delivery.id}
                  delivery={delivery}
                  retrying={retry.isPending}
                  onRetry={() =>
                    retry.mutate(
                      { webhook: webhookId, delivery: delivery.id },
                      { onSuccess: () => onMessage(t('webhooks.retried', { event: delivery.eventType })), onError: (e) => onMessage(actionFailure(e, t)) },
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('webhooks.pages')}>
          <button type="button" className="button button--small button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('webhooks.newer')}
          </button>
          <span>{t('webhooks.page', { page: page + 1, pages })}</span>
          <button type="button" className="button button--small button--quiet" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('webhooks.older')}
          </button>
        </nav>
      )}
    </section>
  );
}

function DeliveryRow({ delivery, retrying, onRetry }: { delivery: Delivery; retrying: boolean; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatDateTime(instant, i18n.language);
  const last = latest(delivery.lastAttempts);
  return (
    <tr>
      <th scope="row">
        {eventLabel(delivery.eventType, t)}
        <br />
        <code>{delivery.eventType}</code>
      </th>
      <td>{when(delivery.createdAt)}</td>
      <td>
        {t(`webhooks.deliveryState.${delivery.state}`)}
        {delivery.deliveredAt && <div className="muted">{t('webhooks.deliveredAt', { date: when(delivery.deliveredAt) })}</div>}
        {delivery.nextAttemptAt && <div className="muted">{t('webhooks.nextAttempt', { date: when(delivery.nextAttemptAt) })}</div>}
      </td>
      <td>{delivery.attempts}</td>
      <td>
        {last ? <AttemptText attempt={last} /> : t('webhooks.noAttempt')}
        <details>
          <summary>{t('webhooks.details')}</summary>
          {delivery.lastAttempts.length > 0 && (
            <ol className="history" aria-label={t('webhooks.lastAttempts')}>
              {delivery.lastAttempts.map((attempt) => (
                <li key={attempt.number}>
                  <AttemptText attempt={attempt} />
                </li>
              ))}
            </ol>
          )}
          <p>{t('webhooks.body')}</p>
          <pre className="delivery-body">{readable(delivery.body)}</pre>
        </details>
      </td>
      <td>
        {delivery.state === 'ABANDONED' && (
          <button type="button" className="button button--small" disabled={retrying} aria-label={t('webhooks.retryNamed', { event: delivery.eventType, date: when(delivery.createdAt) })} onClick={onRetry}>
            {t('webhooks.retry')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** "Versuch 3 am 02.12.2026, 19:40: HTTP 503 – timeout (10000 ms)". */
function AttemptText({ attempt }: { attempt: Attempt }) {
  const { t, i18n } = useTranslation();
  const outcome = attempt.status != null ? t('webhooks.httpStatus', { status: attempt.status }) : t('webhooks.noStatus');
  return (
    <>
      {t('webhooks.attempt', { number: attempt.number, date: formatDateTime(attempt.attemptedAt, i18n.language) })}: {outcome}
      {attempt.failure && <> – {t('webhooks.failure', { failure: attempt.failure })}</>} ({t('webhooks.duration', { ms: attempt.durationMillis })})
    </>
  );
}
