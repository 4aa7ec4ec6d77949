import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { saveFile } from '@/api/saveFile';
import { registrationKey } from './registration';

export type RegistrationSettings = Schemas['RegistrationSettings'];
export type Registrant = Schemas['Registrant'];

export const REGISTRANTS_PER_PAGE = 50;

/** Opens, changes or closes registration; more seats let the waiting list move up at once. */
export function useConfigureRegistration(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (settings: RegistrationSettings) =>
      unwrap(await api.PUT('/api/v1/formats/{slug}/registration', { params: { path: { slug } }, body: settings })),
    onSuccess: (state) => {
      queryClient.setQueryData(registrationKey(slug), state);
      return queryClient.invalidateQueries({ queryKey: ['registrants', slug] });
    },
  });
}

export function useRegistrants(slug: string, page: number) {
  return useQuery({
    queryKey: ['registrants', slug, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/formats/{slug}/registration/registrations', {
          params: { path: { slug }, query: { page, size: REGISTRANTS_PER_PAGE } },
        }),
      ),
  });
}

export function useRecordAttendance(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attendance: number) =>
      unwrap(await api.PUT('/api/v1/formats/{slug}/registration/attendance', { params: { path: { slug } }, body: { attendance } })),
    onSuccess: (state) => queryClient.setQueryData(registrationKey(slug), state),
  });
}

/** The list for the door as CSV (UTF-8 with BOM, formula-safe). */
export async function downloadRegistrants(slug: string) {
  const result = await api.GET('/api/v1/formats/{slug}/registration/registrations.csv', {
    params: { path: { slug } },
    parseAs: 'blob',
  });
  saveFile(unwrap(result) as Blob, `${slug}-anmeldungen.csv`);
}
