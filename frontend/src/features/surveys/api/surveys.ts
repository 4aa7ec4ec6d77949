import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';

export type Survey = Schemas['Survey'];
export type Question = Schemas['SurveyQuestion'];
export type Answer = Schemas['SurveyAnswerInput'];
export type SurveyResults = Schemas['SurveyResults'];
export type QuestionResult = Schemas['QuestionResult'];
export type LocationResult = Schemas['LocationResult'];

export function useSurveys(format: string) {
  return useQuery({
    queryKey: ['surveys', 'list', format],
    queryFn: async () => unwrap(await api.GET('/api/v1/surveys', { params: { query: { format } } })),
  });
}

export function useSurvey(slug: string) {
  return useQuery({
    queryKey: ['surveys', 'detail', slug],
    queryFn: async () => unwrap(await api.GET('/api/v1/surveys/{slug}', { params: { path: { slug } } })),
  });
}

/** The results; not asked for (`enabled` false) while they are not public and the viewer is no admin. */
export function useSurveyResults(slug: string, breakdown?: string, enabled = true) {
  return useQuery({
    queryKey: ['surveys', 'results', slug, breakdown],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/surveys/{slug}/results', { params: { path: { slug }, query: { breakdown: breakdown || undefined } } })),
  });
}

/**
 * Whether the signed-in account has answered: only a ONE_PER_ACCOUNT survey keeps that (its mark against a second
 * answer), so only then is it asked, once the login state has settled, and again per viewer.
 */
export function useSurveyParticipation(survey: Survey, signedIn: boolean) {
  const viewer = useViewer();
  return useQuery({
    queryKey: ['surveys', 'participation', survey.slug, viewer.key],
    enabled: viewer.ready && signedIn && survey.integrityMode === 'ONE_PER_ACCOUNT',
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/surveys/{slug}/participation', { params: { path: { slug: survey.slug } } })),
  });
}

export function useSubmitSurvey(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ answers, code }: { answers: Record<string, Answer>; code?: string }) =>
      unwrap(await api.POST('/api/v1/surveys/{slug}/responses', { params: { path: { slug } }, body: { answers, code } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['surveys'] }),
  });
}
