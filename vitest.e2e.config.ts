import { defineConfig } from 'vitest/config';

// Browser tests against the built site: one preview server for the whole run, one Chromium per test file.
// Two files run at once: the sitemap's axe sweep is the longest file, and the rest run beside it (measured on a
// busy two-core machine: 686 s instead of 940 s). Time limits are per test and generous, so load slows, never fails.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
