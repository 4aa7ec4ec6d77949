import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Process = Schemas['Process'];

export async function getProcesses(): Promise<Process[]> {
  const page = unwrap(await api.GET('/api/v1/processes', { params: { query: { size: 100 } } }));
  return page.items;
}

export function processesQuery(viewer: 'public' | 'admin' = 'public') {
  return queryOptions({ queryKey: ['processes', 'list', viewer], queryFn: getProcesses });
}

export function useProcesses(viewer: 'public' | 'admin' = 'public') {
  return useQuery(processesQuery(viewer));
}

export async function getProcess(slug: string): Promise<Process> {
  return unwrap(await api.GET('/api/v1/processes/{slug}', { params: { path: { slug } } }));
}

export function useProcess(slug: string) {
  return useQuery({ queryKey: ['processes', 'detail', slug], queryFn: () => getProcess(slug), enabled: slug !== '' });
}
