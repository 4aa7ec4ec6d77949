import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type ModerationItem = Schemas['ModerationItem'];
export type Decision = Schemas['DecisionRequest']['decision'];

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
  return useMutation({ mutationFn: decide, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['comments'] }) });
}
