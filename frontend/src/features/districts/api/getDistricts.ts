import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type District = Schemas['District'];

export async function listDistricts(): Promise<District[]> {
  return unwrap(await api.GET('/api/v1/districts', { params: { query: { size: 100 } } })).items;
}

export function useDistricts() {
  return useQuery({ queryKey: ['districts', 'list'], queryFn: listDistricts });
}

export async function getDistrict(slug: string): Promise<District> {
  return unwrap(await api.GET('/api/v1/districts/{slug}', { params: { path: { slug } } }));
}

export function useDistrict(slug: string) {
  return useQuery({ queryKey: ['districts', 'detail', slug], queryFn: () => getDistrict(slug), enabled: slug !== '' });
}
