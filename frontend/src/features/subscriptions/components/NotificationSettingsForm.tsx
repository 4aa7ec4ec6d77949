import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxField, RadioGroupField, SelectField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useChangeMyNotifications } from '../api/changeMyNotifications';
import { useFollowWithMyAccount } from '../api/followWithMyAccount';
import type { NotificationFrequency, NotificationSettings } from '../api/myNotifications';

const FREQUENCIES: NotificationFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY'];

/** How an account hears (at once or as a digest, about its own contributions, in which language) and what it follows. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const [frequency, setFrequency] = useState(settings.frequency);
  const [ownContributions, setOwnContributions] = useState(settings.ownContributions);
  const [language, setLanguage] = useState(settings.language);
  const [message, setMessage] = useState<string>();
  const change = useChangeMyNotifications();
  const follow = useFollowWithMyAccount();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    change.mutate({ frequency, ownContributions, language }, handle(() => setMessage(t('notifications.saved'))));
  };

  return (
    <>
      {!settings.emailVerified && <p className="notice">{t('notifications.unverified')}</p>}
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`notifications.field.${field}`, { defaultValue: field })} />
        <RadioGroupField
          id="frequency"
          legend={t('notifications.field.frequency')}
          value={frequency}
          onChange={fixing('frequency', (value: string) => setFrequency(value as NotificationFrequency))}
          options={FREQUENCIES.map((value) => ({ value, label: t(`notifications.frequency.${value}`), hint: t(`notifications.frequencyHint.${value}`) }))}
          error={errors.frequency}
        />
        <CheckboxField id="ownContributions" label={t('notifications.field.ownContributions')} checked={ownContributions} onChange={setOwnContributions} />
        <SelectField
          id="language"
          label={t('notifications.field.language')}
          value={language}
          onChange={fixing('language', setLanguage)}
          options={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
          error={errors.language}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('notifications.save')}
          </button>
        </div>
      </form>
      <StatusMessage message={message} />
      <section aria-labelledby="following-heading">
        <h2 id="following-heading">{t('notifications.following')}</h2>
        {settings.following.length === 0 ? (
          <p>{t('notifications.followingNone')}</p>
        ) : (
          <ul className="following-list">
            {settings.following.map((followed) => (
              <li key={`${followed.scopeType}-${followed.scope}`}>
                <Link to={followed.path}>{followed.title}</Link>{' '}
                <span className="muted">({t(`notifications.scope.${followed.scopeType}`)})</span>{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={follow.isPending}
                  aria-label={t('notifications.unfollowNamed', { title: followed.title })}
                  onClick={() =>
                    follow.mutate(
                      { scopeType: followed.scopeType, scope: followed.scope, follow: false },
                      { onSuccess: () => setMessage(t('notifications.unfollowed', { title: followed.title })) },
                    )
                  }
                >
                  {t('notifications.unfollow')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
