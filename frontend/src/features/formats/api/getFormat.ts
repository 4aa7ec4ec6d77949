import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getFormat(slug: string) {
  return unwrap(await api.GET('/api/v1/formats/{slug}', { params: { path: { slug } } }));
}

export function useFormat(slug: string, viewer: 'public' | 'admin' = 'public') {
  return useQuery({
    queryKey: ['formats', 'detail', viewer, slug],
    queryFn: () => getFormat(slug),
    enabled: slug !== '',
  });
}
