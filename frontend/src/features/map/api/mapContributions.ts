import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type MapContribution = Schemas['MapContribution'];
export type MapCategory = Schemas['MapCategory'];
export type MapContributionRequest = Schemas['MapContributionRequest'];
export type FeatureCollection = Schemas['MapFeatureCollection'];
type MapContributionPage = Schemas['MapContributionPage'];

export interface MapFilter {
  format: string;
  category?: MapCategory;
  district?: string;
}

const tokenKey = (id: string) => `mitwirken.map.${id}`;

/** The deletion token of an anonymous contribution written in this browser; it stays on this device. */
export function deletionToken(id: string): string | null {
  return globalThis.localStorage?.getItem(tokenKey(id)) ?? null;
}

export function useMapContributions(filter: MapFilter, page: number) {
  return useQuery({
    queryKey: ['map', 'contributions', filter, page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/map-contributions', { params: { query: { ...filter, page, size: 20 } } })) as MapContributionPage,
  });
}

/** One contribution, e.g. the one a search hit links to, wherever it stands in the portal's pages. */
export function useMapContribution(id: string) {
  return useQuery({
    queryKey: ['map', 'contribution', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/map-contributions/{id}', { params: { path: { id } } })),
  });
}

/** All published contributions matching the filter, as GeoJSON, for the markers. */
export function useMapFeatures(filter: MapFilter) {
  return useQuery({
    queryKey: ['map', 'features', filter],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/map-contributions', { params: { query: filter }, headers: { Accept: 'application/geo+json' } })) as unknown as FeatureCollection,
  });
}

function useMapMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  // Not awaited: the refreshed list may unmount the component whose confirmation must show first.
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['map'] }) });
}

export const useCreateContribution = () =>
  useMapMutation(async (request: MapContributionRequest) => {
    const created = unwrap(await api.POST('/api/v1/map-contributions', { body: request }));
    if (created.deletionToken) {
      globalThis.localStorage?.setItem(tokenKey(created.contribution.id), created.deletionToken);
    }
    return created;
  });

export const useSupportContribution = () =>
  useMapMutation(async ({ id, support }: { id: string; support: boolean }) => {
    const params = { params: { path: { id } } };
    unwrap(support ? await api.POST('/api/v1/map-contributions/{id}/support', params) : await api.DELETE('/api/v1/map-contributions/{id}/support', params));
  });

export const useReportContribution = () =>
  useMapMutation(async ({ id, reason }: { id: string; reason: string }) => {
    unwrap(await api.POST('/api/v1/map-contributions/{id}/reports', { params: { path: { id } }, body: { reason } }));
  });

export const useWithdrawContribution = () =>
  useMapMutation(async (id: string) => {
    const token = deletionToken(id);
    unwrap(await api.DELETE('/api/v1/map-contributions/{id}', { params: { path: { id }, header: token ? { 'X-Deletion-Token': token } : {} } }));
    globalThis.localStorage?.removeItem(tokenKey(id));
  });
