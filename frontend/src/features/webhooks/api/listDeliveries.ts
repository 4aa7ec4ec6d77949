import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Delivery = Schemas['Delivery'];
export type DeliveryPage = Schemas['DeliveryPage'];

export const DELIVERY_PAGE_SIZE = 20;

/** What was sent to a webhook, newest first, each delivery with its last attempts. */
export async function listDeliveries(id: string, page: number): Promise<DeliveryPage> {
  return unwrap(
    await api.GET('/api/v1/webhooks/{id}/deliveries', {
      params: { path: { id }, query: { page, size: DELIVERY_PAGE_SIZE } },
    }),
  );
}

export function useDeliveries(id: string, page: number) {
  return useQuery({
    queryKey: ['webhooks', 'deliveries', id, page],
    queryFn: () => listDeliveries(id, page),
    placeholderData: keepPreviousData,
  });
}
