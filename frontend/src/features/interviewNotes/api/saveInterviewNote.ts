import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type InterviewNoteRequest = Schemas['InterviewNoteRequest'];

/** Creates a note when no slug is given, otherwise replaces the one with that slug. */
export async function saveInterviewNote({ slug, request }: { slug?: string; request: InterviewNoteRequest }) {
  if (slug) {
    return unwrap(await api.PUT('/api/v1/interview-notes/{slug}', { params: { path: { slug } }, body: request }));
  }
  return unwrap(await api.POST('/api/v1/interview-notes', { body: request }));
}

export function useSaveInterviewNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveInterviewNote,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interviewNotes'] }),
  });
}
