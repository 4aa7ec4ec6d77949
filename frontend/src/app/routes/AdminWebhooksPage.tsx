import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import type { WebhookWithSecret } from '@/features/webhooks/api/createWebhook';
import { useWebhook } from '@/features/webhooks/api/getWebhook';
import { DeliveryTable } from '@/features/webhooks/components/DeliveryTable';
import { SecretNotice } from '@/features/webhooks/components/SecretNotice';
import { WebhookActions } from '@/features/webhooks/components/WebhookActions';
import { WebhookFacts } from '@/features/webhooks/components/WebhookFacts';
import { WebhookForm } from '@/features/webhooks/components/WebhookForm';
import { WebhookTable } from '@/features/webhooks/components/WebhookTable';
import { AdminGate } from './AdminGate';
import { AdminListLayout, useBackToList } from './AdminLayouts';

const LIST = '/verwaltung/webhooks';

export function AdminWebhooksPage() {
  const { t } = useTranslation();
  return (
    <AdminListLayout heading={t('webhooks.title')} newLabel={t('webhooks.newWebhook')} newPath={`${LIST}/neu`}>
      {(notice) => <WebhookTable notice={notice} />}
    </AdminListLayout>
  );
}

/**
 * Registering a webhook. The secret lives only in this page's state, never in the browser history: once the admin
 * moves on, it is gone.
 */
function NewWebhook() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<WebhookWithSecret>();
  const [message, setMessage] = useState<string>();
  const navigate = useNavigate();
  const back = useBackToList(LIST);
  return (
    <>
      <h1>{t('webhooks.newWebhook')}</h1>
      {/* The secret, shown this once, is what the reader must act on: focus goes there. */}
      <StatusMessage message={message} focus={false} />
      {created ? (
        <SecretNotice
          heading={t('webhooks.secretHeading')}
          secret={created.secret}
          doneLabel={t('webhooks.secretDoneToWebhook')}
          onDone={() => {
            setCreated(undefined);
            navigate(`${LIST}/${created.webhook.id}`, { replace: true });
          }}
        />
      ) : (
        <WebhookForm
          onCreated={(result) => {
            setCreated(result);
            setMessage(t('webhooks.created', { app: result.webhook.appClient }));
          }}
          onCancel={() => back()}
        />
      )}
    </>
  );
}

export function AdminNewWebhookPage() {
  const { t } = useTranslation();
  return (
    <AdminGate title={t('webhooks.newWebhook')}>
      <NewWebhook />
    </AdminGate>
  );
}

/** One webhook: what is registered, what can be done with it, and what was delivered to it. */
function WebhookDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const webhook = useWebhook(id);
  const [message, setMessage] = useState<string>();
  const [rotated, setRotated] = useState<WebhookWithSecret>();
  const back = useBackToList(LIST);
  const heading = webhook.data ? t('webhooks.detailTitle', { app: webhook.data.appClient }) : t('webhooks.title');
  usePageTitle(heading);
  if (!webhook.data) {
    return <QueryState isLoading={webhook.isLoading} error={webhook.error} />;
  }
  const { appClient } = webhook.data;
  return (
    <>
      <p>
        <Link to={LIST}>{t('webhooks.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <StatusMessage message={message} />
      {rotated && (
        <SecretNotice
          heading={t('webhooks.newSecretHeading')}
          secret={rotated.secret}
          previousValidUntil={rotated.webhook.previousSecretValidUntil}
          doneLabel={t('webhooks.secretDone')}
          onDone={() => setRotated(undefined)}
        />
      )}
      <WebhookFacts webhook={webhook.data} />
      <WebhookActions webhook={webhook.data} onMessage={setMessage} onRotated={setRotated} onDeleted={() => back({ message: t('webhooks.deleted', { app: appClient }) })} />
      <DeliveryTable webhookId={id} onMessage={setMessage} />
    </>
  );
}

export function AdminWebhookPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <AdminGate title={t('webhooks.title')}>
      <Fragment key={id}>
        <WebhookDetail id={id} />
      </Fragment>
    </AdminGate>
  );
}
