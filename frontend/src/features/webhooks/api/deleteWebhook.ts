import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

/** Deletes a webhook with its pending and past deliveries. */
export async function deleteWebhook(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: ['webhooks', 'detail', id] });
      queryClient.removeQueries({ queryKey: ['webhooks', 'deliveries', id] });
      return queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] });
    },
  });
}
