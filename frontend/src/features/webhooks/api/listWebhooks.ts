import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Webhook = Schemas['Webhook'];
export type WebhookEventType = Schemas['WebhookEventType'];

export async function listWebhooks(): Promise<Webhook[]> {
  return unwrap(await api.GET('/api/v1/webhooks', { params: { query: { size: 100 } } })).items;
}

export function useWebhooks() {
  return useQuery({ queryKey: ['webhooks', 'list'], queryFn: listWebhooks });
}
