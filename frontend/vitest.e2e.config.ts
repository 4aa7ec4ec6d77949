import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the running stack (see scripts/e2e.sh).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    // The longest journeys (the admin's) run about a minute on an idle machine; a busy CI machine takes three times that.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
