import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import type { paths } from '@/api/schema';
import { unwrap } from '@/api/problem';

export type Format = Schemas['Format'];
/** The list's filters as the contract defines them; paging is this module's business. */
export type FormatFilter = Omit<NonNullable<paths['/api/v1/formats']['get']['parameters']['query']>, 'page' | 'size'>;

export async function listFormats(filter: FormatFilter): Promise<Format[]> {
  const page = unwrap(await api.GET('/api/v1/formats', { params: { query: { ...filter, size: 100 } } }));
  return page.items;
}

/** The viewer keeps apart in the cache what an admin sees (with drafts) from what the public sees. */
export function useFormats(filter: FormatFilter, viewer: 'public' | 'admin' = 'public') {
  return useQuery({ queryKey: ['formats', 'list', viewer, filter], queryFn: () => listFormats(filter) });
}
