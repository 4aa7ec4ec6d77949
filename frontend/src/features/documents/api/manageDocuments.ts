import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export interface DocumentUpload {
  formatSlug: string;
  title: string;
  kind: string;
  file: File;
}

export async function uploadDocument({ formatSlug, title, kind, file }: DocumentUpload) {
  const form = new FormData();
  form.append('title', title);
  form.append('kind', kind);
  form.append('file', file);
  return unwrap(
    await api.POST('/api/v1/formats/{slug}/documents', {
      params: { path: { slug: formatSlug } },
      // The generated body type describes the form fields; the browser sends them as multipart.
      body: {} as never,
      bodySerializer: () => form,
    }),
  );
}

export async function deleteDocument({ formatSlug, id }: { formatSlug: string; id: string }) {
  unwrap(await api.DELETE('/api/v1/formats/{slug}/documents/{id}', { params: { path: { slug: formatSlug, id } } }));
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: (_, upload) => queryClient.invalidateQueries({ queryKey: ['documents', upload.formatSlug] }),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: (_, target) => queryClient.invalidateQueries({ queryKey: ['documents', target.formatSlug] }),
  });
}
