import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The sitemap's axe sweep first, then vitest's own order. The sweep is the longest file but one of the smallest, and
 * a fresh clone (no timings cached) runs larger files first: it would start last and the run would wait on it alone.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith('a11y-sitemap.test.ts') ? 0 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Browser tests against the built site: one preview server for the whole run, one Chromium per test file.
// Two files run at once, the sweep beside the rest (measured on a busy two-core machine: 686 s instead of 940 s).
// Time limits are per test and generous, so load slows a run and never fails it.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: SweepFirst },
    // expect.poll waits for what a page does next; vitest's 1 s default is machine speed, not behaviour.
    expect: { poll: { timeout: 20_000 } },
  },
});
