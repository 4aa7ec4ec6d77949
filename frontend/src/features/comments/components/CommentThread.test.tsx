import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provideAccessToken, type Schemas } from '@/api/client';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import { CommentThread } from './CommentThread';

const FORMAT = '7f1c2e36-0000-4000-8000-000000000001';

const comment = (id: string, text: string, authorName: string, writtenByMe: boolean): Schemas['Comment'] => ({
  id, targetType: 'FORMAT', targetId: FORMAT, depth: 0, text, authorName,
  anonymous: false, state: 'PUBLISHED', supportCount: 1, supportedByMe: false, writtenByMe, withdrawn: false,
  createdOn: '2026-12-01',
});

/** The API as it answers: one's own comment is marked only for a request that carries the author's token. */
let requests: Request[];
function api() {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(request);
      const signedIn = request.headers.get('Authorization') === 'Bearer token-of-clara';
      const items = [comment('c1', 'Mehr Bäume am Stiftsplatz', 'clara', signedIn), comment('c2', 'Bessere Busse', 'bernd', false)];
      return new Response(JSON.stringify({ items, page: 0, size: 100, total: 2 }), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

const settling: Auth = { ready: false, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };
const anonymous: Auth = { ...settling, ready: true };
const clara: Auth = { ...settling, ready: true, authenticated: true, subject: 'sub-clara', displayName: 'clara' };

let token: string | undefined;
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
function thread(auth: Auth, queryClient: QueryClient) {
  // As AuthProvider does: the token is there exactly while the viewer is signed in.
  token = auth.authenticated ? 'token-of-clara' : undefined;
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter>
          <CommentThread targetType="FORMAT" targetId={FORMAT} commentsEnabled anonymousAllowed />
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>
  );
}
const ownComment = () => screen.getByRole('article', { name: 'Beitrag von clara' });

beforeEach(() => provideAccessToken(async () => token));
afterEach(() => {
  vi.unstubAllGlobals();
  provideAccessToken(async () => undefined);
});

describe('a comment thread and the login state', () => {
  it('is asked for only once keycloak-js has said who is signed in, and then shows one’s own controls', async () => {
    api();
    const queryClient = client();
    const { rerender } = render(thread(settling, queryClient));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(0);

    rerender(thread(clara, queryClient));

    await within(await screen.findByRole('article', { name: 'Beitrag von clara' })).findByRole('button', { name: 'Zurückziehen' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer token-of-clara');
  });

  it('read before the viewer was known, is asked again for the signed-in viewer', async () => {
    api();
    const queryClient = client();
    const { rerender } = render(thread(anonymous, queryClient));
    await screen.findByText('Mehr Bäume am Stiftsplatz');
    expect(within(ownComment()).queryByRole('button', { name: 'Zurückziehen' })).not.toBeInTheDocument();

    rerender(thread(clara, queryClient));

    await within(await screen.findByRole('article', { name: 'Beitrag von clara' })).findByRole('button', { name: 'Zurückziehen' });
    expect(requests.map((request) => request.headers.get('Authorization'))).toEqual([null, 'Bearer token-of-clara']);
  });

  it('offers support and report on others’ comments, never on one’s own', async () => {
    api();
    render(thread(clara, client()));
    await within(await screen.findByRole('article', { name: 'Beitrag von clara' })).findByRole('button', { name: 'Zurückziehen' });

    expect(within(ownComment()).queryByRole('button', { name: /Unterstützen/ })).not.toBeInTheDocument();
    expect(within(ownComment()).queryByRole('button', { name: 'Melden' })).not.toBeInTheDocument();
    expect(within(ownComment()).getByText('1 Unterstützung')).toBeInTheDocument();
    const other = screen.getByRole('article', { name: 'Beitrag von bernd' });
    expect(within(other).getByRole('button', { name: 'Unterstützen (1)' })).toBeInTheDocument();
    expect(within(other).getByRole('button', { name: 'Melden' })).toBeInTheDocument();
  });
});
