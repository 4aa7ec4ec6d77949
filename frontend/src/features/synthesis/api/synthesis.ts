import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type PoolItem = Schemas['PoolItem'];
export type InputKind = Schemas['InputKind'];
export type InputKey = Schemas['InputKey'];
export type ResponseStatus = Schemas['OfficialResponseRequest']['status'];
export type ObservationRequest = Schemas['ObservationRequest'];

export interface PoolFilter {
  kind?: InputKind;
  format?: string;
  linked?: boolean;
}

export function usePool(filter: PoolFilter) {
  return useQuery({
    queryKey: ['synthesis', 'pool', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/synthesis/inputs', { params: { query: filter } })),
  });
}

/** Fields of action with their goals and the formats, to choose link targets and observation formats from. */
export function useChoices() {
  return useQuery({
    queryKey: ['synthesis', 'choices'],
    queryFn: async () => ({
      fields: unwrap(await api.GET('/api/v1/fields-of-action', { params: { query: { size: 100 } } })).items,
      formats: unwrap(await api.GET('/api/v1/formats', { params: { query: { size: 100 } } })).items,
    }),
  });
}

function useSynthesisMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['synthesis'] }) });
}

export const useLink = () =>
  useSynthesisMutation(async (body: { inputs: InputKey[]; fieldOfAction: string; goal?: string }) => {
    unwrap(await api.POST('/api/v1/synthesis/links', { body }));
  });

export const useRespond = () =>
  useSynthesisMutation(async (body: { inputs: InputKey[]; fieldOfAction: string; goal?: string; title: string; status: ResponseStatus; reason: string }) =>
    unwrap(await api.POST('/api/v1/synthesis/responses', { body })),
  );

export const useRecordObservation = () =>
  useSynthesisMutation(async (body: ObservationRequest) => unwrap(await api.POST('/api/v1/synthesis/observations', { body })));
