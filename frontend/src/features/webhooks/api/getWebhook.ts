import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { Webhook } from './listWebhooks';

/** One webhook, without its secret: that is shown only when it is created or rotated. */
export async function getWebhook(id: string): Promise<Webhook> {
  return unwrap(await api.GET('/api/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function useWebhook(id: string) {
  return useQuery({ queryKey: ['webhooks', 'detail', id], queryFn: () => getWebhook(id), enabled: id !== '' });
}
