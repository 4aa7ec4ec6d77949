import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ErrorSummary';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useFollowWithMyAccount } from '../api/followWithMyAccount';
import { useMyNotifications } from '../api/myNotifications';
import type { SubscriptionScope } from '../api/subscribe';

interface Props {
  scopeType: SubscriptionScope;
  scope: string;
  title: string;
  headingId: string;
}

/** Following with the account: one button, no address to type and no confirmation mail. */
export function AccountFollow({ scopeType, scope, title, headingId }: Props) {
  const { t } = useTranslation();
  const settings = useMyNotifications(true);
  const follow = useFollowWithMyAccount();
  const { failure, summaryRef, handle } = useProblemForm();
  const [message, setMessage] = useState<string>();
  const following = settings.data?.following.some((f) => f.scopeType === scopeType && f.scope === scope) ?? false;

  const toggle = () => {
    setMessage(undefined);
    follow.mutate(
      { scopeType, scope, follow: !following },
      handle(() => setMessage(t(following ? 'notifications.unfollowed' : 'notifications.followed', { title }))),
    );
  };

  return (
    <section className="follow" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('subscriptions.heading')}</h2>
      <p>{t(following ? 'notifications.followingThis' : 'notifications.accountIntro', { title })}</p>
      <ErrorSummary ref={summaryRef} errors={{}} failure={failure} labelOf={(field) => field} />
      <div className="form-actions">
        <button type="button" className="button" disabled={!settings.data || follow.isPending} onClick={toggle}>
          {t(following ? 'notifications.unfollow' : 'notifications.follow')}
        </button>
        <Link to="/benachrichtigungen">{t('notifications.manage')}</Link>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
