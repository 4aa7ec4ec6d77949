import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type SearchHit = Schemas['SearchHit'];

export async function search(q: string): Promise<SearchHit[]> {
  return unwrap(await api.GET('/api/v1/search', { params: { query: { q, size: 50 } } })).items;
}

export function useSearch(q: string) {
  return useQuery({ queryKey: ['search', q], queryFn: () => search(q), enabled: q.trim() !== '' });
}
