import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

type TokenProvider = () => Promise<string | undefined>;
let currentToken: TokenProvider = async () => undefined;

/** The auth layer registers how to get a fresh access token; the client stays unaware of Keycloak. */
export function provideAccessToken(provider: TokenProvider): void {
  currentToken = provider;
}

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await currentToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

/** The API says what went wrong in the reader's language too, for codes this UI has no words of its own for. */
const readersLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18next.language || 'de');
    return request;
  },
};

/** The typed API client, generated from openapi.yaml; same origin, so no third-party requests. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  // Looked up per call, so tests can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearerToken, readersLanguage);
