import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type FormatRequest = Schemas['FormatRequest'];

/** Creates a format when no slug is given, otherwise replaces the one with that slug. */
export async function saveFormat({ slug, request }: { slug?: string; request: FormatRequest }) {
  if (slug) {
    return unwrap(await api.PUT('/api/v1/formats/{slug}', { params: { path: { slug } }, body: request }));
  }
  return unwrap(await api.POST('/api/v1/formats', { body: request }));
}

export function useSaveFormat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFormat,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['formats'] }),
  });
}
