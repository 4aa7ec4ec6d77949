import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { paths } from '@/api/schema';

export type InterviewNote = Schemas['InterviewNote'];
export type TopicArea = Schemas['TopicArea'];
export type InterviewNoteFilter = Omit<
  NonNullable<paths['/api/v1/interview-notes']['get']['parameters']['query']>,
  'page' | 'size'
>;

export async function listInterviewNotes(filter: InterviewNoteFilter): Promise<InterviewNote[]> {
  return unwrap(await api.GET('/api/v1/interview-notes', { params: { query: { ...filter, size: 100 } } })).items;
}

export function useInterviewNotes(filter: InterviewNoteFilter, viewer: 'public' | 'admin' = 'public') {
  return useQuery({
    queryKey: ['interviewNotes', 'list', viewer, filter],
    queryFn: () => listInterviewNotes(filter),
    placeholderData: keepPreviousData,
  });
}

export async function getInterviewNote(slug: string): Promise<InterviewNote> {
  return unwrap(await api.GET('/api/v1/interview-notes/{slug}', { params: { path: { slug } } }));
}

export function useInterviewNote(slug: string, viewer: 'public' | 'admin' = 'public') {
  return useQuery({
    queryKey: ['interviewNotes', 'detail', viewer, slug],
    queryFn: () => getInterviewNote(slug),
    enabled: slug !== '',
  });
}
