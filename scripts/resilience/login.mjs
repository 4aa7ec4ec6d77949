// Logs in as a person does in the SPA – authorization code flow with PKCE through Keycloak's login page, client
// mitwirken-spa (the realm allows no password grant) – and prints the access token. Every step is bounded.
//   node login.mjs <keycloak base url> <user> [password]
// Exit 0: the token on stdout. Exit 2: Keycloak could not be reached (the reason on stderr). Exit 1: anything else.
import { createHash, randomBytes } from 'node:crypto';

const [keycloak, user, password = user] = process.argv.slice(2);
const realm = `${keycloak}/realms/mitwirken/protocol/openid-connect`;
const clientId = 'mitwirken-spa';
const redirectUri = 'http://localhost:5173/';
const cookies = new Map();

async function call(url, init = {}) {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...init.headers, Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    signal: AbortSignal.timeout(10_000),
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return response;
}

try {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('hex');
  const authorize = new URL(`${realm}/auth`);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await call(authorize);
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1]
    ?? /<form[^>]*action="([^"]+)"[^>]*id="kc-form-login"/.exec(html)?.[1];
  if (page.status !== 200 || !action) throw new Error(`no login form (HTTP ${page.status})`);
  const submitted = await call(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: user, password, credentialId: '' }),
  });
  const location = submitted.headers.get('location');
  const code = location && new URL(location).searchParams.get('code');
  if (!code || new URL(location).searchParams.get('state') !== state) {
    throw new Error(`login refused (HTTP ${submitted.status})`);
  }
  const tokens = await call(`${realm}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = await tokens.json();
  if (!tokens.ok || !body.access_token) throw new Error(`no token (HTTP ${tokens.status})`);
  process.stdout.write(`${body.access_token}\n`);
} catch (error) {
  const reason = error.cause?.code ?? error.name;
  const unreachable = ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'TimeoutError'].includes(reason);
  console.error(`login: ${unreachable ? `Keycloak unreachable (${reason})` : error.message}`);
  process.exit(unreachable ? 2 : 1);
}
