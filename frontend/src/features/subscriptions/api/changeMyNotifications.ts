import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';
import { myNotificationsKey } from './myNotifications';

export type NotificationSettingsRequest = Schemas['NotificationSettingsRequest'];

export function useChangeMyNotifications() {
  const queryClient = useQueryClient();
  const viewer = useViewer();
  return useMutation({
    mutationFn: async (body: NotificationSettingsRequest) => unwrap(await api.PUT('/api/v1/me/notifications', { body })),
    onSuccess: (settings) => queryClient.setQueryData(myNotificationsKey(viewer.key), settings),
  });
}
