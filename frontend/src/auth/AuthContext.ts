import { createContext, useContext } from 'react';

export interface Auth {
  /** False until Keycloak has said whether a session exists. */
  ready: boolean;
  authenticated: boolean;
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
