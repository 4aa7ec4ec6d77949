import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Document = Schemas['Document'];

export async function listDocuments(formatSlug: string): Promise<Document[]> {
  const page = unwrap(
    await api.GET('/api/v1/formats/{slug}/documents', { params: { path: { slug: formatSlug }, query: { size: 100 } } }),
  );
  return page.items;
}

export function useDocuments(formatSlug: string) {
  return useQuery({ queryKey: ['documents', formatSlug], queryFn: () => listDocuments(formatSlug) });
}
