import { act, render, screen } from '@testing-library/react';
import type Keycloak from 'keycloak-js';
import { describe, expect, it, vi } from 'vitest';
import { useViewer } from './AuthContext';
import { AuthProvider } from './AuthProvider';

const keycloak = {
  authenticated: true,
  subject: 'sub-clara',
  tokenParsed: { preferred_username: 'clara' },
  init: vi.fn(),
  hasRealmRole: () => false,
  createAccountUrl: () => 'https://keycloak.example/account',
} as unknown as Keycloak;
let finishInit: (authenticated: boolean) => void = () => undefined;
vi.mocked(keycloak.init).mockImplementation(() => new Promise<boolean>((resolve) => (finishInit = resolve)));

vi.mock('./keycloak', () => ({
  loadKeycloak: async () => keycloak,
  maybeSignedIn: () => true,
  rememberSignedIn: () => undefined,
}));

function Viewer() {
  const viewer = useViewer();
  return <p>{viewer.ready ? `viewer: ${viewer.key}` : 'login state unknown'}</p>;
}

describe('the viewer as the login state settles', () => {
  it('is unknown while keycloak-js checks the session, the account once it has, anonymous when the session ends', async () => {
    render(
      <AuthProvider>
        <Viewer />
      </AuthProvider>,
    );
    expect(screen.getByText('login state unknown')).toBeInTheDocument();
    await vi.waitFor(() => expect(keycloak.init).toHaveBeenCalled());
    expect(screen.getByText('login state unknown')).toBeInTheDocument();

    await act(async () => finishInit(true));
    expect(await screen.findByText('viewer: sub-clara')).toBeInTheDocument();

    act(() => keycloak.onAuthRefreshError?.());
    expect(await screen.findByText('viewer: anonymous')).toBeInTheDocument();
  });
});
