import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Outcome = Schemas['FieldOfActionOutcome'];
export type InputOutcome = Schemas['InputOutcome'];
export type InputKind = Schemas['InputKind'];
export type OfficialResponse = Schemas['OfficialResponse'];

export function useFieldOutcome(slug: string) {
  return useQuery({
    queryKey: ['outcomes', 'field', slug],
    queryFn: async () => unwrap(await api.GET('/api/v1/outcomes/fields-of-action/{slug}', { params: { path: { slug } } })),
  });
}

export function useInputOutcome(kind: InputKind, ref: string) {
  return useQuery({
    queryKey: ['outcomes', 'input', kind, ref],
    queryFn: async () => unwrap(await api.GET('/api/v1/outcomes/inputs/{kind}/{ref}', { params: { path: { kind, ref } } })),
  });
}
