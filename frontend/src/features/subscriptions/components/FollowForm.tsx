import { useState, type FormEvent } from 'react';
import { useAuth } from '@/auth/AuthContext';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useSubscribe, type SubscriptionScope } from '../api/subscribe';
import { AccountFollow } from './AccountFollow';

interface Props {
  scopeType: SubscriptionScope;
  scope: string;
  title: string;
}

/**
 * "Per E-Mail informiert bleiben": an address, and a confirmation mail before anything else is sent; with login, the
 * account follows instead.
 */
export function FollowForm(props: Props) {
  const auth = useAuth();
  return auth.authenticated ? <AccountFollow {...props} headingId={`follow-${props.scopeType.toLowerCase()}-heading`} /> : <AddressFollow {...props} />;
}

function AddressFollow({ scopeType, scope, title }: Props) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string>();
  const subscribe = useSubscribe();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const id = `follow-${scopeType.toLowerCase()}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(undefined);
    subscribe.mutate(
      { email, scopeType, scope, language: i18n.language.startsWith('en') ? 'en' : 'de' },
      handle(() => {
        setSent(t('subscriptions.sent', { email }));
        setEmail('');
      }),
    );
  };

  return (
    <section className="follow" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('subscriptions.heading')}</h2>
      <p>{t('subscriptions.intro', { title })}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`subscriptions.field.${field}`, { defaultValue: field })} />
        <TextField id={`${id}-email`} type="email" autoComplete="email" label={t('subscriptions.field.email')} hint={t('subscriptions.hint')} value={email} onChange={fixing('email', setEmail)} error={errors.email} required maxLength={254} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={subscribe.isPending}>
            {t('subscriptions.submit')}
          </button>
        </div>
      </form>
      <StatusMessage message={sent} />
    </section>
  );
}
