import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The sitemap sweep's shards first, then vitest's own order. They are the longest files but among the smallest, and a
 * fresh clone (no timings cached) runs larger files first: they would start last and the run would wait on them.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (/\/sweep-\d+\.test\.ts$/.test(file.moduleId) ? 0 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Browser tests against the built site: one preview server for the whole run, one Chromium per test file.
// Two files run at once: the machine has two cores, and Chromium, not the test process, does most of the work.
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
