import { useMutation } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type ConfirmedSubscription = Schemas['ConfirmedSubscription'];

export async function confirmSubscription(token: string): Promise<ConfirmedSubscription> {
  return unwrap(await api.POST('/api/v1/subscriptions/confirm', { params: { query: { token } } }));
}

export function useConfirmSubscription() {
  return useMutation({ mutationFn: confirmSubscription });
}
