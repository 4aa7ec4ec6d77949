import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type ProcessRequest = Schemas['ProcessRequest'];

export async function saveProcess({ slug, request }: { slug?: string; request: ProcessRequest }) {
  if (slug) {
    return unwrap(await api.PUT('/api/v1/processes/{slug}', { params: { path: { slug } }, body: request }));
  }
  return unwrap(await api.POST('/api/v1/processes', { body: request }));
}

export async function setProcessPublication({ slug, publish }: { slug: string; publish: boolean }) {
  const params = { params: { path: { slug } } };
  return unwrap(
    publish
      ? await api.POST('/api/v1/processes/{slug}/publish', params)
      : await api.POST('/api/v1/processes/{slug}/unpublish', params),
  );
}

export function useSaveProcess() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveProcess, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['processes'] }) });
}

export function useSetProcessPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setProcessPublication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['processes'] }),
  });
}
