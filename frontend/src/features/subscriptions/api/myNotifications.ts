import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';

export type NotificationSettings = Schemas['NotificationSettings'];
export type NotificationFrequency = NotificationSettings['frequency'];

/** Keyed by the account, so one person's settings are never shown to the next. */
export function myNotificationsKey(viewer: string) {
  return ['me', 'notifications', viewer] as const;
}

/** What the logged-in account follows and how it hears; asked only with login. */
export function useMyNotifications(enabled: boolean) {
  const viewer = useViewer();
  return useQuery({
    queryKey: myNotificationsKey(viewer.key),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications')),
    enabled: enabled && viewer.ready,
  });
}
