import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { provideAccessToken } from '@/api/client';
import { AuthContext, type Auth } from './AuthContext';
import { keycloak } from './keycloak';

let initialisation: Promise<boolean> | undefined;

/** keycloak-js may be initialised once per page, also under React's double effects in development. */
function initialiseOnce(): Promise<boolean> {
  initialisation ??= keycloak.init({
    onLoad: 'check-sso',
    silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  return initialisation;
}

provideAccessToken(async () => {
  if (!keycloak.authenticated) {
    return undefined;
  }
  try {
    await keycloak.updateToken(30);
  } catch {
    return undefined;
  }
  return keycloak.token;
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [authenticated, setAuthenticated] = useState(false);

  useEffect(() => {
    initialiseOnce()
      .then(setAuthenticated)
      .catch(() => setAuthenticated(false))
      .finally(() => setReady(true));
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      ready,
      authenticated,
      displayName: authenticated
        ? ((keycloak.tokenParsed?.preferred_username as string | undefined) ?? undefined)
        : undefined,
      hasRole: (role) => authenticated && keycloak.hasRealmRole(role),
      login: (returnPath) =>
        void keycloak.login({ redirectUri: `${window.location.origin}${returnPath ?? window.location.pathname}` }),
      logout: () => void keycloak.logout({ redirectUri: window.location.origin }),
      accountUrl: authenticated ? keycloak.createAccountUrl() : undefined,
    }),
    [ready, authenticated],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
