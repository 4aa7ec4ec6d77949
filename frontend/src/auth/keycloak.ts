import type Keycloak from 'keycloak-js';

const SIGNED_IN_HINT = 'mitwirken.signedIn';

let instance: Promise<Keycloak> | undefined;

/**
 * keycloak-js and its session check (two frames and a round trip to Keycloak) would cost every first visit, while
 * most citizens never sign in. So it loads only when someone signs in, comes back from signing in, or signed in
 * before in this browser.
 */
export function loadKeycloak(): Promise<Keycloak> {
  instance ??= import('keycloak-js').then(
    ({ default: KeycloakClient }) =>
      new KeycloakClient({
        url: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
        realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'mitwirken',
        clientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID ?? 'mitwirken-spa',
      }),
  );
  return instance;
}

/** Whether a Keycloak session may exist: this browser signed in before, or Keycloak just sent it back here. */
export function maybeSignedIn(): boolean {
  const returningFromKeycloak = /(^#|&)state=/.test(window.location.hash);
  return returningFromKeycloak || storage()?.getItem(SIGNED_IN_HINT) === '1';
}

/** Remembers (only) that this browser signed in, so the next visit checks for the session. */
export function rememberSignedIn(signedIn: boolean): void {
  if (signedIn) {
    storage()?.setItem(SIGNED_IN_HINT, '1');
  } else {
    storage()?.removeItem(SIGNED_IN_HINT);
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
