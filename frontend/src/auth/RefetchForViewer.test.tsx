import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, useViewer, type Auth } from './AuthContext';
import { RefetchForViewer } from './RefetchForViewer';

const settling: Auth = { ready: false, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };
const clara: Auth = { ...settling, ready: true, authenticated: true, subject: 'sub-clara' };

const placesAsked = vi.fn(async () => 'places');
const threadAsked = vi.fn(async () => 'thread');

function Page() {
  const viewer = useViewer();
  // A query that does not know it depends on the viewer, and one keyed by the viewer.
  const places = useQuery({ queryKey: ['map', 'contributions'], queryFn: placesAsked });
  useQuery({ queryKey: ['comments', viewer.key], queryFn: threadAsked, enabled: viewer.ready });
  return <p>{places.data}</p>;
}

function app(auth: Auth, queryClient: QueryClient) {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContext.Provider value={auth}>
        <RefetchForViewer />
        <Page />
      </AuthContext.Provider>
    </QueryClientProvider>
  );
}

describe('when the login state settles on a signed-in viewer', () => {
  it('asks again what was answered before, and what is keyed by the viewer only once, for that viewer', async () => {
    const queryClient = new QueryClient();
    const { rerender } = render(app(settling, queryClient));
    await screen.findByText('places');
    expect(placesAsked).toHaveBeenCalledTimes(1);
    expect(threadAsked).not.toHaveBeenCalled();

    rerender(app(clara, queryClient));

    await vi.waitFor(() => expect(placesAsked).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(threadAsked).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(threadAsked).toHaveBeenCalledTimes(1);
  });
});
