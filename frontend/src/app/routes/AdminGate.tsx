import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/auth/AuthContext';
import { usePageTitle } from '@/components/usePageTitle';

/** Shows its children to holders of one of the roles (admins by default); everyone else is told why. */
interface Props {
  children: ReactNode;
  roles?: string[];
  title?: string;
  forbidden?: string;
}

export function AdminGate({ children, roles = ['admin'], title, forbidden }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const heading = title ?? t('admin.title');
  usePageTitle(heading);

  if (!auth.ready) {
    return <p role="status">{t('common.loading')}</p>;
  }
  if (!auth.authenticated) {
    return (
      <>
        <h1>{heading}</h1>
        <p>{t('admin.loginRequired')}</p>
        <button type="button" className="button" onClick={() => auth.login()}>
          {t('nav.login')}
        </button>
      </>
    );
  }
  if (!roles.some((role) => auth.hasRole(role))) {
    return (
      <>
        <h1>{heading}</h1>
        <p role="alert">{forbidden ?? t('admin.forbidden')}</p>
      </>
    );
  }
  return <>{children}</>;
}
