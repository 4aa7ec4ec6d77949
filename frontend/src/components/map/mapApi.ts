import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type MapSettings = Schemas['MapSettings'];
export type Point = Schemas['Point'];
export type Place = Schemas['MapPlace'];
export type District = Schemas['District'];

export function useMapSettings() {
  return useQuery({
    queryKey: ['map', 'settings'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/api/v1/map/settings')),
  });
}

/** All named places; the list is short enough to filter in the browser as the visitor types. */
export function usePlaces() {
  return useQuery({
    queryKey: ['map', 'places'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/api/v1/map/places')),
  });
}

/** The districts with their boundaries: to choose one without the map, and to name a point on it. */
export function useDistricts() {
  return useQuery({
    queryKey: ['map', 'districts'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/api/v1/districts', { params: { query: { size: 100 } } })).items,
  });
}
