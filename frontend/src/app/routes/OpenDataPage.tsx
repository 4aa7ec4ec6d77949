import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useCatalogue } from '@/features/openData/api/catalogue';
import { Catalogue } from '@/features/openData/components/Catalogue';

export function OpenDataPage() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useCatalogue();
  usePageTitle(t('openData.title'));
  return (
    <article>
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>
      {data ? <Catalogue datasets={data} /> : <QueryState isLoading={isLoading} error={error} />}
    </article>
  );
}
