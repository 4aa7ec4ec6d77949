import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type FreeTextState = Schemas['FreeTextDecision']['state'];

export function usePendingFreeTexts() {
  return useQuery({ queryKey: ['surveys', 'freeTexts'], queryFn: async () => unwrap(await api.GET('/api/v1/moderation/survey-answers')) });
}

export function useDecideOnFreeText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, state }: { id: string; state: FreeTextState }) =>
      unwrap(await api.PUT('/api/v1/moderation/survey-answers/{id}/state', { params: { path: { id } }, body: { state } })),
    // Not awaited: the refreshed list drops the decided answer, whose confirmation must be shown first.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['surveys'] }),
  });
}
