import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type SearchHit = Schemas['SearchHit'];
export type SearchResults = Schemas['SearchResults'];

export const SEARCH_PAGE_SIZE = 20;
/** The server serves pages within the best 1000 hits. */
export const SEARCH_MAX_PAGES = 1000 / SEARCH_PAGE_SIZE;

/** @param page zero-based */
export async function search(q: string, page: number): Promise<SearchResults> {
  return unwrap(await api.GET('/api/v1/search', { params: { query: { q, page, size: SEARCH_PAGE_SIZE } } }));
}

export function useSearch(q: string, page: number) {
  return useQuery({
    queryKey: ['search', q, page],
    queryFn: () => search(q, page),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
