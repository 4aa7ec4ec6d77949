// Prints a well-formed RS256 access token for the given issuer – audience, subject, admin role, not expired – signed
// by a key of its own under a key id the realm never published. A backend must refuse it (401), and must not hang or
// fail (500) while it looks for that key at a Keycloak that is down.
//   node forgedToken.mjs <issuer>
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';

const [issuer] = process.argv.slice(2);
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const header = part({ alg: 'RS256', typ: 'JWT', kid: `drill-unknown-${randomUUID()}` });
const payload = part({
  iss: issuer, aud: ['mitwirken-api'], sub: randomUUID(), azp: 'mitwirken-spa', typ: 'Bearer',
  iat: now, exp: now + 300, realm_access: { roles: ['admin'] },
});
const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
console.log(`${header}.${payload}.${signature}`);
