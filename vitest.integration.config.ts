import { defineConfig } from 'vitest/config';

// Tests against real external servers (a Virtuoso started by the test itself): `npm run test:integration`.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
