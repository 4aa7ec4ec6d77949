import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

/** Deletes the subscription and its address; harmless when it is gone already. */
export async function unsubscribe(token: string): Promise<void> {
  unwrap(await api.POST('/api/v1/subscriptions/unsubscribe', { params: { query: { token } } }));
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
