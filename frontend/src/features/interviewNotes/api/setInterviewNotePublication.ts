import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function setInterviewNotePublication({ slug, publish }: { slug: string; publish: boolean }) {
  const params = { params: { path: { slug } } };
  return unwrap(
    publish
      ? await api.POST('/api/v1/interview-notes/{slug}/publish', params)
      : await api.POST('/api/v1/interview-notes/{slug}/unpublish', params),
  );
}

export function useSetInterviewNotePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setInterviewNotePublication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interviewNotes'] }),
  });
}
