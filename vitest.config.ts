import { defineConfig } from 'vitest/config';

// Unit and end-to-end-on-the-library tests. Browser tests (test/e2e) and tests that need an
// external server (test/integration) have their own scripts and configs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/integration/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
