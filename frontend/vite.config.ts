import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The SPA talks to the API on its own origin; the dev and preview servers forward /api to the backend.
const apiTarget = process.env.MITWIRKEN_API_URL ?? 'http://localhost:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };
const keycloakUrl = process.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180';

/**
 * The SPA's Content-Security-Policy: scripts only from its own origin (no inline script, no eval), no plugins, no
 * framing by other sites (the silent login check frames a page of the app itself); Keycloak may be called and framed;
 * map tiles come from any https server.
 * frontend/deploy/nginx.conf.template sends the same policy in production; the preview server sends it so e2e tests run under it.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  `connect-src 'self' ${keycloakUrl}`,
  `frame-src 'self' ${keycloakUrl}`,
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self' ${keycloakUrl}`,
  "frame-ancestors 'self'",
].join('; ');
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy, headers: securityHeaders },
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
