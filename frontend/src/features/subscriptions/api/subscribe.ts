import { useMutation } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type SubscriptionRequest = Schemas['SubscriptionRequest'];
export type SubscriptionScope = SubscriptionRequest['scopeType'];

/** Asks for the confirmation mail (202); the answer says nothing about whether the address follows already. */
export async function subscribe(request: SubscriptionRequest): Promise<void> {
  unwrap(await api.POST('/api/v1/subscriptions', { body: request }));
}

export function useSubscribe() {
  return useMutation({ mutationFn: subscribe });
}
