import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type WebhookRequest = Schemas['WebhookRequest'];
/** A webhook with its signing secret, which the API answers only this once. */
export type WebhookWithSecret = Schemas['WebhookWithSecret'];

export async function createWebhook(request: WebhookRequest): Promise<WebhookWithSecret> {
  return unwrap(await api.POST('/api/v1/webhooks', { body: request }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
  });
}
