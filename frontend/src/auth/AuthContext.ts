import { createContext, useContext } from 'react';

export interface Auth {
  /** False until Keycloak has said whether a session exists. */
  ready: boolean;
  authenticated: boolean;
  /** The account's immutable id (the token's `sub`); undefined without login. */
  subject?: string;
  displayName?: string;
  hasRole: (role: string) => boolean;
  login: (returnPath?: string) => void;
  logout: () => void;
  /** Keycloak's account console, where the login itself is managed and deleted. */
  accountUrl?: string;
}

const anonymous: Auth = {
  ready: true,
  authenticated: false,
  hasRole: () => false,
  login: () => undefined,
  logout: () => undefined,
};

export const AuthContext = createContext<Auth>(anonymous);

export function useAuth(): Auth {
  return useContext(AuthContext);
}

/**
 * Who is asking, for queries whose answer depends on it (one's own comments, supports, answers): `key` is the
 * account's subject or "anonymous", `ready` whether the login state has settled. A query keyed by it and enabled
 * when ready is asked once for whoever the viewer turns out to be, again when that changes, and one person's answer
 * is never shown to the next.
 */
export function useViewer(): { ready: boolean; key: string } {
  const { ready, subject } = useAuth();
  return { ready, key: subject ?? 'anonymous' };
}
