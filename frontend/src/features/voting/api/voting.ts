import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { isProblemOf, unwrap } from '@/api/problem';
import { saveFile } from '@/api/saveFile';

export type VotingRound = Schemas['VotingRound'];
export type VotingResults = Schemas['VotingResults'];
export type Ballot = Schemas['Ballot'];
export type BallotRequest = Schemas['BallotRequest'];
export type IntegrityMode = Schemas['IntegrityMode'];
export type Admission = Schemas['Admission'];
export type OnSiteCode = Schemas['OnSiteCode'];

/** What the SPA sends: the dots and the proof it has. The channel is the server's decision, never the client's claim. */
export type CastRequest = Pick<BallotRequest, 'dots' | 'onSiteCode' | 'code'>;

const tokenKey = (round: string) => `mitwirken.ballot.${round}`;

/**
 * The device's ballot token for a round, kept in this browser only, so a ballot without login can be changed. Only
 * the server issues tokens; one it does not recognise (403 device-token-invalid) is dropped.
 */
function ballotToken(round: string): Record<string, string> {
  const token = globalThis.localStorage?.getItem(tokenKey(round));
  return token ? { 'X-Ballot-Token': token } : {};
}

function dropRefusedToken(round: string, error: unknown): void {
  if (isProblemOf(error, 'device-token-invalid')) {
    globalThis.localStorage?.removeItem(tokenKey(round));
  }
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

/** One's own ballot, by login or by this device's token; null when there is none (or the token was refused). */
export function useMyBallot(id: string, loggedIn: boolean) {
  return useQuery({
    queryKey: ['votings', 'mine', id, loggedIn],
    retry: false,
    queryFn: async () => {
      const result = await api.GET('/api/v1/votings/{id}/ballots/mine', {
        params: { path: { id }, header: ballotToken(id) },
      });
      if (result.response.status === 404) {
        return null;
      }
      try {
        return unwrap(result);
      } catch (error) {
        if (isProblemOf(error, 'device-token-invalid')) {
          dropRefusedToken(id, error);
          return null;
        }
        throw error;
      }
    },
  });
}

export function useCastBallot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ballot: CastRequest) =>
      unwrap(await api.POST('/api/v1/votings/{id}/ballots', { params: { path: { id }, header: ballotToken(id) }, body: ballot })),
    onSuccess: (saved) => {
      if (saved.ballotToken) {
        globalThis.localStorage?.setItem(tokenKey(id), saved.ballotToken);
      }
      void queryClient.invalidateQueries({ queryKey: ['votings'] });
    },
    onError: (error) => dropRefusedToken(id, error),
  });
}

/** When to ask for the on-site code again: a second after the screen's code changes (at least every second). */
export function nextOnSiteCodeRefresh(code: OnSiteCode | undefined, now = Date.now()): number | false {
  return code ? Math.max(1_000, Date.parse(code.changesAt) - now + 1_000) : false;
}

/** The code the projector shows now (staff only); asked for again shortly after it changes. */
export function useOnSiteCode(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['votings', 'onSiteCode', id],
    enabled,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => (query.state.error ? 10_000 : nextOnSiteCodeRefresh(query.state.data)),
    refetchIntervalInBackground: true,
    queryFn: async () => unwrap(await api.GET('/api/v1/votings/{id}/on-site-code', { params: { path: { id } } })),
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

/** Single-use participation codes for a PARTICIPATION_CODE round (admins); they are in this answer only. */
export function useCreateVotingCodes(id: string) {
  return useMutation({
    mutationFn: async (count: number) =>
      unwrap(await api.POST('/api/v1/votings/{id}/codes', { params: { path: { id } }, body: { count } })).codes,
  });
}

export async function downloadVotingCodeSheet(id: string, codes: string[], type: 'application/pdf' | 'text/csv') {
  const result = await api.POST('/api/v1/votings/{id}/codes/sheet', {
    params: { path: { id } },
    body: { codes },
    headers: { Accept: type },
    parseAs: 'blob',
  });
  saveFile(unwrap(result) as Blob, `abstimmung-${id.slice(0, 8)}-codes.${type === 'text/csv' ? 'csv' : 'pdf'}`);
}
