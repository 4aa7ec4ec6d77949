import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { WebhookWithSecret } from './createWebhook';

/** A new signing secret, answered only this once; the old one still signs until `previousSecretValidUntil`. */
export async function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return unwrap(await api.POST('/api/v1/webhooks/{id}/secret', { params: { path: { id } } }));
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateWebhookSecret,
    onSuccess: (rotated) => {
      queryClient.setQueryData(['webhooks', 'detail', rotated.webhook.id], rotated.webhook);
      return queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] });
    },
  });
}
