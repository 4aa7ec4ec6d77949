import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import type { paths } from '@/api/schema';
import { unwrap } from '@/api/problem';

export type Format = Schemas['Format'];
/** The list's filters as the contract defines them; paging is this module's business. */
export type FormatFilter = Omit<NonNullable<paths['/api/v1/formats']['get']['parameters']['query']>, 'page' | 'size'>;

const PAGE_SIZE = 100;

/** Every format matching the filter: one request for up to 100, further pages only when there are more. */
export async function listFormats(filter: FormatFilter): Promise<Format[]> {
  const formats: Format[] = [];
  for (let page = 0; ; page++) {
    // The first request leaves out the page, so its URL is the one index.html preloads for the home page.
    const query = page === 0 ? { ...filter, size: PAGE_SIZE } : { ...filter, page, size: PAGE_SIZE };
    const result = unwrap(await api.GET('/api/v1/formats', { params: { query } }));
    formats.push(...result.items);
    if (result.items.length === 0 || formats.length >= result.total) {
      return formats;
    }
  }
}

/** The viewer keeps apart in the cache what an admin sees (with drafts) from what the public sees. */
export function formatsQuery(filter: FormatFilter, viewer: 'public' | 'admin' = 'public') {
  return queryOptions({ queryKey: ['formats', 'list', viewer, filter], queryFn: () => listFormats(filter) });
}

export function useFormats(filter: FormatFilter, viewer: 'public' | 'admin' = 'public') {
  return useQuery(formatsQuery(filter, viewer));
}
