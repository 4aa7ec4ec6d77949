import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useViewer } from '@/auth/AuthContext';

export type Comment = Schemas['Comment'];
export type CommentTargetType = Schemas['CommentTargetType'];
export type CommentRequest = Schemas['CommentRequest'];

export async function listComments(targetType: CommentTargetType, targetId: string): Promise<Comment[]> {
  return unwrap(await api.GET('/api/v1/comments', { params: { query: { targetType, targetId, size: 100 } } })).items;
}

/**
 * A thread as the viewer sees it (their own pending comments, "Zurückziehen", their supports): asked once the login
 * state has settled, and again for each viewer.
 */
export function useComments(targetType: CommentTargetType, targetId: string) {
  const viewer = useViewer();
  return useQuery({
    queryKey: ['comments', targetType, targetId, viewer.key],
    queryFn: () => listComments(targetType, targetId),
    enabled: viewer.ready,
  });
}

const tokenKey = (comment: string) => `mitwirken.comment.${comment}`;

/** The deletion token of an anonymous comment written in this browser; it stays on this device only. */
export function deletionToken(comment: string): string | null {
  return globalThis.localStorage?.getItem(tokenKey(comment)) ?? null;
}

export async function createComment(request: CommentRequest) {
  const created = unwrap(await api.POST('/api/v1/comments', { body: request }));
  if (created.deletionToken) {
    globalThis.localStorage?.setItem(tokenKey(created.comment.id), created.deletionToken);
  }
  return created;
}

export async function withdrawComment(id: string) {
  const token = deletionToken(id);
  unwrap(await api.DELETE('/api/v1/comments/{id}', { params: { path: { id }, header: token ? { 'X-Deletion-Token': token } : {} } }));
  globalThis.localStorage?.removeItem(tokenKey(id));
}

export async function supportComment({ id, support }: { id: string; support: boolean }) {
  const params = { params: { path: { id } } };
  unwrap(support ? await api.POST('/api/v1/comments/{id}/support', params) : await api.DELETE('/api/v1/comments/{id}/support', params));
}

export async function reportComment({ id, reason }: { id: string; reason: string }) {
  unwrap(await api.POST('/api/v1/comments/{id}/reports', { params: { path: { id } }, body: { reason } }));
}

/**
 * Every change to comments refreshes the thread it belongs to. The refresh is not awaited: it may unmount the
 * component that asked, and its own onSuccess (the confirmation message) must run first.
 */
function useCommentMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['comments'] }) });
}

export const useCreateComment = () => useCommentMutation(createComment);
export const useSupportComment = () => useCommentMutation(supportComment);
export const useReportComment = () => useCommentMutation(reportComment);
export const useWithdrawComment = () => useCommentMutation(withdrawComment);
