import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type TeaserImage = Schemas['TeaserImage'];

export interface TeaserImageUpload {
  formatSlug: string;
  altText: string;
  /** Without a file only the alternative text of the stored image changes. */
  file?: File;
}

export async function putTeaserImage({ formatSlug, altText, file }: TeaserImageUpload) {
  const form = new FormData();
  form.append('altText', altText);
  if (file) {
    form.append('file', file);
  }
  return unwrap(
    await api.PUT('/api/v1/formats/{slug}/teaser-image', {
      params: { path: { slug: formatSlug } },
      // The generated body type describes the form fields; the browser sends them as multipart.
      body: {} as never,
      bodySerializer: () => form,
    }),
  );
}

export async function deleteTeaserImage(formatSlug: string) {
  unwrap(await api.DELETE('/api/v1/formats/{slug}/teaser-image', { params: { path: { slug: formatSlug } } }));
}

/** The image and its words are part of the format: every cached format, list or page, is read again. */
function useFormatsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['formats'] });
}

export function usePutTeaserImage() {
  const changed = useFormatsChanged();
  return useMutation({ mutationFn: putTeaserImage, onSuccess: changed });
}

export function useDeleteTeaserImage() {
  const changed = useFormatsChanged();
  return useMutation({ mutationFn: deleteTeaserImage, onSuccess: changed });
}

/** The image's bytes as a data URL, which the page's Content-Security-Policy allows for images. */
async function asDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${blob.type};base64,${btoa(binary)}`;
}

/**
 * The image as the admin may see it, as a data URL: an <img> sends no token, and the image of a draft format is
 * only given with one. Its `url` names its version, so a replaced image is fetched anew.
 */
export function useTeaserImagePreview(formatSlug: string, image: TeaserImage | undefined) {
  const version = image ? (new URL(image.url, 'http://localhost').searchParams.get('v') ?? undefined) : undefined;
  return useQuery({
    queryKey: ['teaser-image', formatSlug, version],
    queryFn: async () => {
      const result = await api.GET('/api/v1/formats/{slug}/teaser-image', {
        params: { path: { slug: formatSlug }, query: { v: version } },
        parseAs: 'blob',
      });
      return asDataUrl(unwrap(result));
    },
    enabled: image !== undefined,
    staleTime: Infinity,
  });
}
