import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { searchForWorkspaceRoot, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The SPA talks to the API on its own origin; the dev and preview servers forward /api to the backend.
const apiTarget = process.env.MITWIRKEN_API_URL ?? 'http://localhost:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };
const keycloakUrl = process.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180';
// Where map tiles come from: the origin of the backend's MITWIRKEN_TILE_URL (TILE_ORIGIN for nginx, too).
const tileOrigin = process.env.TILE_ORIGIN ?? 'https://tile.openstreetmap.org';

/**
 * The SPA's Content-Security-Policy: scripts only from its own origin (no inline script, no eval), no plugins, framed
 * by nobody; Keycloak may be called and framed; images only from the app, data and blob URLs and the tile server.
 * The one page that is framed is the landing page of Keycloak's silent login check, in a frame of the app itself.
 * frontend/deploy/nginx.conf.template sends the same policy in production; the preview server sends it so e2e tests run under it.
 */
const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigin}`,
    `connect-src 'self' ${keycloakUrl}`,
    `frame-src 'self' ${keycloakUrl}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${keycloakUrl}`,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
export const contentSecurityPolicy = policy("'none'");
const silentCheckPage = '/silent-check-sso.html';
const securityHeaders = (path: string) => {
  const framedByTheApp = path === silentCheckPage;
  return {
    'Content-Security-Policy': framedByTheApp ? policy("'self'") : contentSecurityPolicy,
    'X-Frame-Options': framedByTheApp ? 'SAMEORIGIN' : 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
};
/** The preview server sends the headers of frontend/deploy/nginx.conf.template on every answer, by path. */
const previewSecurityHeaders: Plugin = {
  name: 'mitwirken-preview-security-headers',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '/').split('?')[0];
      for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), previewSecurityHeaders],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    strictPort: true,
    proxy,
    // The API's message bundles are the catalogue of its problem codes, which a test holds the translations against.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../backend/src/main/resources'] },
  },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        // The libraries every page needs travel in one file: fewer requests before the first paint on a slow line.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|openapi-fetch|markdown-to-jsx|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
