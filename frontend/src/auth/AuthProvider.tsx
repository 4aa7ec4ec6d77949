import type Keycloak from 'keycloak-js';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { provideAccessToken } from '@/api/client';
import { AuthContext, type Auth } from './AuthContext';
import { loadKeycloak, maybeSignedIn, rememberSignedIn } from './keycloak';

let initialisation: Promise<Keycloak> | undefined;
let signedIn: Keycloak | undefined;

/** keycloak-js may be initialised once per page, also under React's double effects in development. */
function initialiseOnce(): Promise<Keycloak> {
  initialisation ??= loadKeycloak().then(async (keycloak) => {
    await keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
    return keycloak;
  });
  return initialisation;
}

provideAccessToken(async () => {
  if (!signedIn?.authenticated) {
    return undefined;
  }
  try {
    await signedIn.updateToken(30);
  } catch {
    return undefined;
  }
  return signedIn.token;
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(!maybeSignedIn());
  const [keycloak, setKeycloak] = useState<Keycloak>();

  useEffect(() => {
    if (!maybeSignedIn()) {
      return;
    }
    initialiseOnce()
      .then((initialised) => {
        rememberSignedIn(Boolean(initialised.authenticated));
        signedIn = initialised.authenticated ? initialised : undefined;
        setKeycloak(signedIn);
        // A session that ends in the page (its refresh refused) makes the viewer anonymous, as the API sees it then.
        const ended = () => {
          signedIn = undefined;
          setKeycloak(undefined);
        };
        initialised.onAuthRefreshError = ended;
        initialised.onAuthLogout = ended;
      })
      // A check that failed (Keycloak away, say) proves nothing about the session: the hint stays for the next visit.
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      ready,
      authenticated: Boolean(keycloak),
      subject: keycloak?.subject,
      displayName: (keycloak?.tokenParsed?.preferred_username as string | undefined) ?? undefined,
      hasRole: (role) => Boolean(keycloak?.hasRealmRole(role)),
      login: (returnPath) => {
        const redirectUri = `${window.location.origin}${returnPath ?? window.location.pathname}`;
        // Remembered before leaving: the page that comes back may be left before its sign-in has completed.
        rememberSignedIn(true);
        void initialiseOnce().then((client) => client.login({ redirectUri }));
      },
      logout: () => {
        rememberSignedIn(false);
        void keycloak?.logout({ redirectUri: window.location.origin });
      },
      accountUrl: keycloak?.createAccountUrl(),
    }),
    [ready, keycloak],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
