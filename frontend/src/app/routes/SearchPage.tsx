import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useSearch } from '@/features/search/api/search';
import { SearchResults } from '@/features/search/components/SearchResults';

export function SearchPage() {
  const { t } = useTranslation();
  const query = useSearchParams()[0].get('q') ?? '';
  const { data: hits, isLoading, error } = useSearch(query);
  usePageTitle(query ? t('search.resultsFor', { query }) : t('search.title'));

  if (!query.trim()) {
    return (
      <>
        <h1>{t('search.title')}</h1>
        <p>{t('search.empty')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('search.resultsFor', { query })}</h1>
      {!hits ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <>
          <p role="status">{t('search.count', { count: hits.length })}</p>
          <SearchResults hits={hits} />
        </>
      )}
    </>
  );
}
