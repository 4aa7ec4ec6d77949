import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function setPublication({ slug, publish }: { slug: string; publish: boolean }) {
  const params = { params: { path: { slug } } };
  return unwrap(
    publish
      ? await api.POST('/api/v1/formats/{slug}/publish', params)
      : await api.POST('/api/v1/formats/{slug}/unpublish', params),
  );
}

export function useSetPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPublication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['formats'] }),
  });
}
