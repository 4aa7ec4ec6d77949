import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

/** Queues a `webhook.test` event for this webhook alone (202); it shows among the deliveries. */
export async function testWebhook(id: string): Promise<void> {
  unwrap(await api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } }));
}

export function useTestWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testWebhook,
    onSuccess: (_, id) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', id] }),
  });
}
