import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ApiProblem, unwrap } from '@/api/problem';
import type { WebhookRequest } from './createWebhook';
import type { Webhook } from './listWebhooks';

/** Changes a webhook; the request carries the version last read, so a stale change is refused (409). */
export async function updateWebhook({ id, request }: { id: string; request: WebhookRequest }): Promise<Webhook> {
  return unwrap(await api.PUT('/api/v1/webhooks/{id}', { params: { path: { id } }, body: request }));
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
    // After a conflict the page shows what is stored now, with its current version.
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      }
    },
  });
}
