import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type FormatReport = Schemas['FormatReport'];

export function useFormatReport(slug: string) {
  return useQuery({
    queryKey: ['reports', slug],
    queryFn: async () => unwrap(await api.GET('/api/v1/formats/{slug}/report', { params: { path: { slug } } })),
  });
}
