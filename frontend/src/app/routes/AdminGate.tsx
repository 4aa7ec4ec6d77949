import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/auth/AuthContext';
import { usePageTitle } from '@/components/usePageTitle';

/** Shows its children to admins only; everyone else is told why and may log in. */
export function AdminGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  usePageTitle(t('admin.title'));

  if (!auth.ready) {
    return <p role="status">{t('common.loading')}</p>;
  }
  if (!auth.authenticated) {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.loginRequired')}</p>
        <button type="button" className="button" onClick={() => auth.login()}>
          {t('nav.login')}
        </button>
      </>
    );
  }
  if (!auth.hasRole('admin')) {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p role="alert">{t('admin.forbidden')}</p>
      </>
    );
  }
  return <>{children}</>;
}
