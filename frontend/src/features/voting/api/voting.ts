import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type VotingRound = Schemas['VotingRound'];
export type VotingResults = Schemas['VotingResults'];
export type BallotRequest = Schemas['BallotRequest'];

const tokenKey = (round: string) => `mitwirken.ballot.${round}`;

/** The device's ballot token for a round, kept in this browser only, so a ballot without login can be changed. */
function ballotToken(round: string): Record<string, string> {
  const token = globalThis.localStorage?.getItem(tokenKey(round));
  return token ? { 'X-Ballot-Token': token } : {};
}

export function useVotingRounds(format: string) {
  return useQuery({
    queryKey: ['votings', 'list', format],
    queryFn: async () => unwrap(await api.GET('/api/v1/votings', { params: { query: { format } } })),
  });
}

export function useVotingRound(id: string) {
  return useQuery({
    queryKey: ['votings', 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/votings/{id}', { params: { path: { id } } })),
  });
}

export function useMyBallot(id: string) {
  return useQuery({
    queryKey: ['votings', 'mine', id],
    retry: false,
    queryFn: async () => {
      const result = await api.GET('/api/v1/votings/{id}/ballots/mine', {
        params: { path: { id }, header: ballotToken(id) },
      });
      return result.response.status === 404 ? null : unwrap(result);
    },
  });
}

export function useCastBallot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ballot: BallotRequest) =>
      unwrap(await api.POST('/api/v1/votings/{id}/ballots', { params: { path: { id }, header: ballotToken(id) }, body: ballot })),
    onSuccess: (saved) => {
      if (saved.ballotToken) {
        globalThis.localStorage?.setItem(tokenKey(id), saved.ballotToken);
      }
      void queryClient.invalidateQueries({ queryKey: ['votings'] });
    },
  });
}

/** Results that update themselves through Server-Sent Events, within a second of any ballot. */
export function useLiveResults(id: string): VotingResults | undefined {
  const [results, setResults] = useState<VotingResults>();
  useEffect(() => {
    const source = new EventSource(`/api/v1/votings/${id}/results/stream`);
    source.onmessage = (event) => setResults(JSON.parse(event.data) as VotingResults);
    return () => source.close();
  }, [id]);
  return results;
}

export function useResults(id: string, enabled = true) {
  return useQuery({
    queryKey: ['votings', 'results', id],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/votings/{id}/results', { params: { path: { id } } })),
  });
}

export function useCloseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/votings/{id}/close', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['votings'] }),
  });
}
