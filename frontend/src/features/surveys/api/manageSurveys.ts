import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '@/api/saveFile';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type SurveyRequest = Schemas['SurveyRequest'];
export type QuestionRequest = Schemas['QuestionRequest'];

export function useSaveSurvey(slug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SurveyRequest) =>
      slug
        ? unwrap(await api.PUT('/api/v1/surveys/{slug}', { params: { path: { slug } }, body: request }))
        : unwrap(await api.POST('/api/v1/surveys', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['surveys'] }),
  });
}

export function useCreateCodes(slug: string) {
  return useMutation({
    mutationFn: async (count: number) =>
      unwrap(await api.POST('/api/v1/surveys/{slug}/codes', { params: { path: { slug } }, body: { count } })).codes,
  });
}

export async function downloadCodeSheet(slug: string, codes: string[], type: 'application/pdf' | 'text/csv') {
  const result = await api.POST('/api/v1/surveys/{slug}/codes/sheet', {
    params: { path: { slug } },
    body: { codes },
    headers: { Accept: type },
    parseAs: 'blob',
  });
  saveFile(unwrap(result) as Blob, `${slug}-codes.${type === 'text/csv' ? 'csv' : 'pdf'}`);
}

export async function downloadResponses(slug: string, type: 'application/json' | 'text/csv') {
  const result = await api.GET('/api/v1/surveys/{slug}/responses', {
    params: { path: { slug } },
    headers: { Accept: type },
    parseAs: 'blob',
  });
  saveFile(unwrap(result) as Blob, `${slug}-antworten.${type === 'text/csv' ? 'csv' : 'json'}`);
}
