import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Format = Schemas['Format'];
export type FormatFilter = { process?: string; kind?: Format['kind']; phase?: string };

export async function listFormats(filter: FormatFilter): Promise<Format[]> {
  const page = unwrap(await api.GET('/api/v1/formats', { params: { query: { ...filter, size: 100 } } }));
  return page.items;
}

/** The viewer keeps apart in the cache what an admin sees (with drafts) from what the public sees. */
export function useFormats(filter: FormatFilter, viewer: 'public' | 'admin' = 'public') {
  return useQuery({ queryKey: ['formats', 'list', viewer, filter], queryFn: () => listFormats(filter) });
}
