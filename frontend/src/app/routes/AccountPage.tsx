import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { usePageTitle } from '@/components/usePageTitle';
import { MyData } from '@/features/account/components/MyData';

export function AccountPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  usePageTitle(t('account.title'));
  return (
    <>
      <h1>{t('account.title')}</h1>
      {auth.authenticated ? (
        <>
          <p>
            <Link to="/benachrichtigungen">{t('notifications.manage')}</Link>
          </p>
          <MyData accountUrl={auth.accountUrl} onErased={() => undefined} />
        </>
      ) : (
        <p>
          {t('account.loginNeeded')}{' '}
          <button type="button" className="button button--quiet" onClick={() => auth.login('/mein-konto')}>
            {t('nav.login')}
          </button>
        </p>
      )}
    </>
  );
}
