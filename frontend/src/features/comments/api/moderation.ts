import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import type { Decision } from '@/components/DecisionControls';
import { unwrap } from '@/api/problem';

export type ModerationItem = Schemas['ModerationItem'];

export async function getQueue(): Promise<ModerationItem[]> {
  return unwrap(await api.GET('/api/v1/moderation/queue'));
}

export function useQueue() {
  return useQuery({ queryKey: ['comments', 'moderation'], queryFn: getQueue });
}

export async function decide({ id, decision, reason }: { id: string; decision: Decision; reason?: string }) {
  return unwrap(
    await api.POST('/api/v1/moderation/comments/{id}/decisions', { params: { path: { id } }, body: { decision, reason } }),
  );
}

export function useDecide() {
  const queryClient = useQueryClient();
  // Not awaited: the refreshed queue drops the decided item, whose confirmation must be shown first.
  return useMutation({ mutationFn: decide, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['comments'] }) });
}

export type DecisionLogEntry = Schemas['DecisionLogEntry'];

export function useDecisionHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['comments', 'moderation', 'history', id],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/moderation/comments/{id}/decisions', { params: { path: { id } } })),
  });
}

export const LOG_PAGE_SIZE = 20;

export function useDecisionLog(page: number) {
  return useQuery({
    queryKey: ['comments', 'moderation', 'log', page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/moderation/decisions', { params: { query: { page, size: LOG_PAGE_SIZE } } })),
  });
}
