import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type FieldOfActionRequest = Schemas['FieldOfActionRequest'];

export async function saveFieldOfAction({ slug, request }: { slug?: string; request: FieldOfActionRequest }) {
  if (slug) {
    return unwrap(await api.PUT('/api/v1/fields-of-action/{slug}', { params: { path: { slug } }, body: request }));
  }
  return unwrap(await api.POST('/api/v1/fields-of-action', { body: request }));
}

export async function setFieldOfActionPublication({ slug, publish }: { slug: string; publish: boolean }) {
  const params = { params: { path: { slug } } };
  return unwrap(
    publish
      ? await api.POST('/api/v1/fields-of-action/{slug}/publish', params)
      : await api.POST('/api/v1/fields-of-action/{slug}/unpublish', params),
  );
}

export function useSaveFieldOfAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFieldOfAction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fieldsOfAction'] }),
  });
}

export function useSetFieldOfActionPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setFieldOfActionPublication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fieldsOfAction'] }),
  });
}
