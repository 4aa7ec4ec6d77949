import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getRevisions(slug: string) {
  return unwrap(await api.GET('/api/v1/interview-notes/{slug}/revisions', { params: { path: { slug } } }));
}

export function useRevisions(slug: string) {
  return useQuery({ queryKey: ['interviewNotes', 'revisions', slug], queryFn: () => getRevisions(slug) });
}
