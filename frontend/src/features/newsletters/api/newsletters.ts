import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Newsletter = Schemas['Newsletter'];
export type NewsletterRequest = Schemas['NewsletterRequest'];
export type NewsletterPreview = Schemas['NewsletterPreview'];

const key = (process: string) => ['newsletters', process];

/** The newsletters sent for a process, newest first (the first page is all staff need to see). */
export function useNewsletters(process: string) {
  return useQuery({
    queryKey: key(process),
    queryFn: async () => unwrap(await api.GET('/api/v1/processes/{slug}/newsletters', { params: { path: { slug: process }, query: { size: 100 } } })).items,
  });
}

/** The mail as a follower will read it; nothing is sent. */
export function usePreviewNewsletter(process: string) {
  return useMutation({
    mutationFn: async (body: NewsletterRequest) => unwrap(await api.POST('/api/v1/processes/{slug}/newsletters/preview', { params: { path: { slug: process } }, body })),
  });
}

/** Sends it only to the staff member's own address; answers that address. */
export function useTestNewsletter(process: string) {
  return useMutation({
    mutationFn: async (body: NewsletterRequest) => unwrap(await api.POST('/api/v1/processes/{slug}/newsletters/test', { params: { path: { slug: process } }, body })).to,
  });
}

/** Sends it to every confirmed follower of the process, once; the list of sent newsletters then shows it. */
export function useSendNewsletter(process: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewsletterRequest) => unwrap(await api.POST('/api/v1/processes/{slug}/newsletters/send', { params: { path: { slug: process } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(process) }),
  });
}
