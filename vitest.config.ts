import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'scripts/tests/**/*.test.ts'],
    // Property tests lay out hundreds of blips; on a busy two-core machine 5 s is machine speed, not behaviour.
    testTimeout: 30_000,
  },
});
