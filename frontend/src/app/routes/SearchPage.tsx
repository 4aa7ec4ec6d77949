import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { SEARCH_MAX_PAGES, SEARCH_PAGE_SIZE, useSearch } from '@/features/search/api/search';
import { SearchResults } from '@/features/search/components/SearchResults';

/** Search results, a page at a time; the page is part of the address ("seite", counted from 1). */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const page = Math.min(Math.max(Number.parseInt(params.get('seite') ?? '1', 10) || 1, 1), SEARCH_MAX_PAGES) - 1;
  const { data: results, isLoading, error } = useSearch(query, page);
  usePageTitle(query ? t('search.resultsFor', { query }) : t('search.title'));

  if (!query.trim()) {
    return (
      <>
        <h1>{t('search.title')}</h1>
        <p>{t('search.empty')}</p>
      </>
    );
  }
  const pages = results ? Math.min(Math.ceil(results.total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGES) : 0;
  const pageLink = (to: number) => `/suche?${new URLSearchParams({ q: query, seite: String(to + 1) }).toString()}`;
  return (
    <>
      <h1>{t('search.resultsFor', { query })}</h1>
      {!results ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <>
          <p role="status">
            {t('search.count', { count: results.total })}
            {pages > 1 && <>, {t('search.pageOf', { page: page + 1, pages })}</>}
          </p>
          <SearchResults hits={results.items} first={page * SEARCH_PAGE_SIZE + 1} />
          {results.total > SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE && <p className="muted">{t('search.refine', { count: SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE })}</p>}
          {pages > 1 && (
            <nav className="pager" aria-label={t('search.pages')}>
              {page > 0 && <Link to={pageLink(page - 1)}>{t('search.previous')}</Link>}
              <span>{t('search.pageOf', { page: page + 1, pages })}</span>
              {page + 1 < pages && <Link to={pageLink(page + 1)}>{t('search.next')}</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
