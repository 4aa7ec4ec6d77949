import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type DistrictRequest = Schemas['DistrictRequest'];

export async function saveDistrict({ slug, request }: { slug?: string; request: DistrictRequest }) {
  if (slug) {
    return unwrap(await api.PUT('/api/v1/districts/{slug}', { params: { path: { slug } }, body: request }));
  }
  return unwrap(await api.POST('/api/v1/districts', { body: request }));
}

export function useSaveDistrict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDistrict,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['districts'] }),
  });
}
