// Reads accounts of the realm "mitwirken" the way the backend does: the confidential client mitwirken-backend gets a
// token by the client-credentials grant, and its service account may view and query users (realm-management).
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
const REALM = 'mitwirken';
const CLIENT_ID = 'mitwirken-backend';
const CLIENT_SECRET = process.env.E2E_ACCOUNT_SYNC_SECRET ?? 'dev-only-account-sync-secret';

/** An account as the admin REST API lists it (brief representation). */
export interface KeycloakAccount {
  id: string;
  username: string;
  email?: string;
  emailVerified: boolean;
  enabled: boolean;
}

async function serviceToken(): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  if (!response.ok) {
    throw new Error(`Keycloak refused a token for ${CLIENT_ID}: ${response.status} ${await response.text()}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The account with exactly this user name, or undefined when the realm has none. */
export async function findAccount(username: string): Promise<KeycloakAccount | undefined> {
  const query = new URLSearchParams({ username, exact: 'true', briefRepresentation: 'true' });
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}/users?${query}`, {
    headers: { Authorization: `Bearer ${await serviceToken()}` },
  });
  if (!response.ok) {
    throw new Error(`Keycloak's admin API answered ${response.status} for the user ${username}`);
  }
  return ((await response.json()) as KeycloakAccount[])[0];
}
