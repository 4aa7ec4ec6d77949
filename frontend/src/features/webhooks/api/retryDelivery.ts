import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { Delivery } from './listDeliveries';

/** Sends an abandoned delivery again now, with fresh retries. */
export async function retryDelivery({ webhook, delivery }: { webhook: string; delivery: string }): Promise<Delivery> {
  return unwrap(
    await api.POST('/api/v1/webhooks/{id}/deliveries/{delivery}/retry', { params: { path: { id: webhook, delivery } } }),
  );
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryDelivery,
    onSuccess: (_, { webhook }) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', webhook] }),
  });
}
