import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export type ErasureMode = 'DELETE' | 'ANONYMISE';

export function useEraseMyData() {
  return useMutation({
    mutationFn: async (contributions: ErasureMode) =>
      unwrap(await api.DELETE('/api/v1/me/data', { params: { query: { contributions } } })),
  });
}
