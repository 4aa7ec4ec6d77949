import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { Decision } from '@/components/DecisionControls';

export function useMapQueue() {
  return useQuery({ queryKey: ['map', 'moderation'], queryFn: async () => unwrap(await api.GET('/api/v1/moderation/map-contributions')) });
}

export function useDecideOnContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision, reason }: { id: string; decision: Decision; reason?: string }) =>
      unwrap(await api.POST('/api/v1/moderation/map-contributions/{id}/decisions', { params: { path: { id } }, body: { decision, reason } })),
    // Not awaited: the refreshed queue drops the decided item, whose confirmation must be shown first.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['map'] }),
  });
}
