import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/api/problem';
import { NotFound } from './NotFound';

/** What a page shows while its data loads or when loading failed. */
export function QueryState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404) {
    return <NotFound />;
  }
  if (error) {
    return <p role="alert">{t('common.loadError')}</p>;
  }
  if (isLoading) {
    return <p role="status">{t('common.loading')}</p>;
  }
  return null;
}
