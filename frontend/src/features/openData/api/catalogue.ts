import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Dataset = Schemas['OpenDataset'];

export function useCatalogue() {
  return useQuery({ queryKey: ['openData'], queryFn: async () => unwrap(await api.GET('/api/v1/open-data')) });
}
