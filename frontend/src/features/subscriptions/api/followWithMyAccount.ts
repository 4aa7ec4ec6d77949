import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';
import type { SubscriptionScope } from './subscribe';
import { myNotificationsKey } from './myNotifications';

export interface FollowTarget {
  scopeType: SubscriptionScope;
  scope: string;
}

/** Follows (or, with `follow: false`, stops following) with the account: no confirmation mail is needed. */
export function useFollowWithMyAccount() {
  const queryClient = useQueryClient();
  const viewer = useViewer();
  return useMutation({
    mutationFn: async ({ scopeType, scope, follow }: FollowTarget & { follow: boolean }) => {
      const params = { path: { scopeType, scope } };
      unwrap(
        follow
          ? await api.PUT('/api/v1/me/notifications/following/{scopeType}/{scope}', { params })
          : await api.DELETE('/api/v1/me/notifications/following/{scopeType}/{scope}', { params }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myNotificationsKey(viewer.key) }),
  });
}
