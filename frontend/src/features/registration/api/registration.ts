import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type RegistrationState = Schemas['RegistrationState'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type RegistrationReceipt = Schemas['RegistrationReceipt'];

export const registrationKey = (slug: string) => ['registration', slug];

/** Whether and how one can register for a format: seats left, the waiting list, the questions; nobody's data. */
export function useRegistration(slug: string) {
  return useQuery({
    queryKey: registrationKey(slug),
    queryFn: async () => unwrap(await api.GET('/api/v1/formats/{slug}/registration', { params: { path: { slug } } })),
    enabled: slug !== '',
  });
}

/** A seat (CONFIRMED) or a place on the waiting list (WAITING); the seats left change with it. */
export function useRegister(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: RegistrationRequest): Promise<RegistrationReceipt> =>
      unwrap(await api.POST('/api/v1/formats/{slug}/registration/registrations', { params: { path: { slug } }, body: request })),
    // Also after "event-full" or "registration-closed": the seats shown should be those that are left.
    onSettled: () => queryClient.invalidateQueries({ queryKey: registrationKey(slug) }),
  });
}

/** Gives the seat or waiting place back and deletes the registration; harmless when it is gone already. */
export function useCancelRegistration() {
  return useMutation({
    mutationFn: async (token: string) => {
      unwrap(await api.POST('/api/v1/registrations/cancel', { params: { query: { token } } }));
    },
  });
}
