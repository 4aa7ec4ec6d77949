import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { QueryState } from '@/components/QueryState';
import { ErrorSummary } from '@/components/ErrorSummary';
import { StatusMessage } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useProblemForm } from '@/components/useProblemForm';
import { useConfirmSubscription } from '@/features/subscriptions/api/confirmSubscription';
import { useMyNotifications } from '@/features/subscriptions/api/myNotifications';
import { useUnsubscribe } from '@/features/subscriptions/api/unsubscribe';
import { NotificationSettingsForm } from '@/features/subscriptions/components/NotificationSettingsForm';

/**
 * Where the confirmation link of a mail leads. It acts only on a click: mail scanners open links too, and must not
 * confirm an address for someone else.
 */
export function ConfirmSubscriptionPage() {
  const { t } = useTranslation();
  usePageTitle(t('subscriptions.confirm.title'));
  const [params] = useSearchParams();
  const confirm = useConfirmSubscription();
  const { failure, summaryRef, handle } = useProblemForm();
  const confirmed = confirm.data;
  return (
    <article>
      <h1>{t('subscriptions.confirm.title')}</h1>
      <ErrorSummary ref={summaryRef} errors={{}} failure={failure} labelOf={(field) => field} />
      {!confirmed && (
        <>
          <p>{t('subscriptions.confirm.intro')}</p>
          <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate(params.get('token') ?? '', handle())}>
            {t('subscriptions.confirm.button')}
          </button>
        </>
      )}
      <StatusMessage
        message={confirmed && t('subscriptions.confirm.done', { title: confirmed.title })}
        link={confirmed && { to: confirmed.path, text: t('subscriptions.confirm.link', { title: confirmed.title }) }}
      />
    </article>
  );
}

/** Where the unsubscribe link of every mail leads: one click deletes the address. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('subscriptions.unsubscribe.title'));
  const [params] = useSearchParams();
  const unsubscribe = useUnsubscribe();
  const { failure, summaryRef, handle } = useProblemForm();
  return (
    <article>
      <h1>{t('subscriptions.unsubscribe.title')}</h1>
      <ErrorSummary ref={summaryRef} errors={{}} failure={failure} labelOf={(field) => field} />
      {!unsubscribe.isSuccess && (
        <>
          <p>{t('subscriptions.unsubscribe.intro')}</p>
          <button type="button" className="button" disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(params.get('token') ?? '', handle())}>
            {t('subscriptions.unsubscribe.button')}
          </button>
        </>
      )}
      <StatusMessage message={unsubscribe.isSuccess ? t('subscriptions.unsubscribe.done') : undefined} />
      {unsubscribe.isSuccess && (
        <p>
          <Link to="/">{t('subscriptions.unsubscribe.home')}</Link>
        </p>
      )}
    </article>
  );
}

/** "Benachrichtigungen": what the account follows and how often it hears. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const auth = useAuth();
  const settings = useMyNotifications(auth.authenticated);
  return (
    <article>
      <h1>{t('notifications.title')}</h1>
      {auth.authenticated ? (
        <>
          <p>{t('notifications.intro')}</p>
          <QueryState isLoading={settings.isLoading} error={settings.error} />
          {settings.data && <NotificationSettingsForm settings={settings.data} />}
        </>
      ) : (
        <p>
          {t('notifications.loginNeeded')}{' '}
          <button type="button" className="button button--quiet" onClick={() => auth.login('/benachrichtigungen')}>
            {t('nav.login')}
          </button>
        </p>
      )}
    </article>
  );
}
