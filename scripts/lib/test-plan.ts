// The order of `npm test`: phases one after another; in a phase, chains side by side; in a chain, steps in turn.

/** Phases of chains of npm script names. */
export type Plan = string[][][];

/**
 * What `npm test` runs. Two builds never run at once: both write Astro's .astro/ folder in the project. The browser
 * tests and the sub-path build do run at once: the build uses about one core, and the browser tests the rest.
 */
export const PLAN: Plan = [
  [['build'], ['lint', 'check:content', 'check:originality', 'test:unit']],
  // The browser tests, the longest step, start as soon as the build is done; the checks of dist/ run beside them.
  [['test:e2e'], ['check:dist', 'check', 'test:base', 'check:reproducible']],
];

export interface StepResult {
  script: string;
  ok: boolean;
  seconds: number;
}

/**
 * Runs the plan with `run`. A failed step ends its chain (what follows in it depends on it), the other chains of its
 * phase run on, and no later phase starts. Results come in the plan's order, for the steps that ran.
 */
export async function runPlan(plan: Plan, run: (script: string) => Promise<StepResult>): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const phase of plan) {
    const chains = await Promise.all(
      phase.map(async (chain) => {
        const done: StepResult[] = [];
        for (const script of chain) {
          const result = await run(script);
          done.push(result);
          if (!result.ok) break;
        }
        return done;
      }),
    );
    results.push(...chains.flat());
    if (results.some((r) => !r.ok)) break;
  }
  return results;
}

/** What went wrong: each failed step, and each step of the plan that did not run because of one. */
export function planFailures(plan: Plan, results: StepResult[]): string[] {
  const ran = new Set(results.map((r) => r.script));
  const failed = results.filter((r) => !r.ok).map((r) => `${r.script} failed`);
  const skipped = plan.flat(2).filter((script) => !ran.has(script));
  return failed.length && skipped.length ? [...failed, `not run: ${skipped.join(', ')}`] : failed;
}
