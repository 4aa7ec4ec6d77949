import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type FieldOfAction = Schemas['FieldOfAction'];

export async function listFieldsOfAction(): Promise<FieldOfAction[]> {
  return unwrap(await api.GET('/api/v1/fields-of-action', { params: { query: { size: 100 } } })).items;
}

export function useFieldsOfAction(viewer: 'public' | 'admin' = 'public') {
  return useQuery({ queryKey: ['fieldsOfAction', 'list', viewer], queryFn: listFieldsOfAction });
}

export async function getFieldOfAction(slug: string): Promise<FieldOfAction> {
  return unwrap(await api.GET('/api/v1/fields-of-action/{slug}', { params: { path: { slug } } }));
}

export function useFieldOfAction(slug: string, viewer: 'public' | 'admin' = 'public') {
  return useQuery({
    queryKey: ['fieldsOfAction', 'detail', viewer, slug],
    queryFn: () => getFieldOfAction(slug),
    enabled: slug !== '',
  });
}
