import { defineConfig } from 'vitest/config';

// Browser tests: the built viewer in Debian's chromium through playwright-core. Slow machines
// (two cores, software WebGL) get generous timeouts; files run one at a time to share the CPU.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/build-viewer.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
