import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Statistics = Schemas['Statistics'];

export function useStatistics(view: 'public' | 'staff') {
  return useQuery({
    queryKey: ['statistics', view],
    queryFn: async () => unwrap(view === 'staff' ? await api.GET('/api/v1/statistics') : await api.GET('/api/v1/statistics/public')),
  });
}
