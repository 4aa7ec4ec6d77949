import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Process = Schemas['Process'];

export async function getProcesses(): Promise<Process[]> {
  const page = unwrap(await api.GET('/api/v1/processes', { params: { query: { size: 100 } } }));
  return page.items;
}

export function useProcesses() {
  return useQuery({ queryKey: ['processes'], queryFn: getProcesses });
}
