import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';

export type Outcome = Schemas['FieldOfActionOutcome'];
export type InputOutcome = Schemas['InputOutcome'];
export type InputKind = Schemas['InputKind'];
export type OfficialResponse = Schemas['OfficialResponse'];
export type Input = Schemas['Input'];

export function useFieldOutcome(slug: string) {
  return useQuery({
    queryKey: ['outcomes', 'field', slug],
    queryFn: async () => unwrap(await api.GET('/api/v1/outcomes/fields-of-action/{slug}', { params: { path: { slug } } })),
  });
}

/** Whether the viewer wrote it is part of the answer: asked once the login state has settled, again per viewer. */
export function useInputOutcome(kind: InputKind, ref: string) {
  const viewer = useViewer();
  return useQuery({
    queryKey: ['outcomes', 'input', kind, ref, viewer.key],
    enabled: viewer.ready,
    queryFn: async () => unwrap(await api.GET('/api/v1/outcomes/inputs/{kind}/{ref}', { params: { path: { kind, ref } } })),
  });
}
