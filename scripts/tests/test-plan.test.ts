import { describe, expect, it } from 'vitest';
import { PLAN, planFailures, runPlan, type Plan, type StepResult } from '../lib/test-plan.ts';
import packageJson from '../../package.json' with { type: 'json' };

/** A runner that records when each step starts and ends, failing the named ones. */
function recorder(failing: string[] = [], delays: Record<string, number> = {}) {
  const events: string[] = [];
  const run = async (script: string): Promise<StepResult> => {
    events.push(`start ${script}`);
    await new Promise((resolve) => setTimeout(resolve, delays[script] ?? 0));
    events.push(`end ${script}`);
    return { script, ok: !failing.includes(script), seconds: 0 };
  };
  return { events, run };
}

const plan: Plan = [
  [['build'], ['lint', 'unit']],
  [['dist', 'e2e'], ['base']],
];

describe('the npm test plan', () => {
  it('runs the chains of a phase side by side, the steps of a chain in turn, and phases one after another', async () => {
    const { events, run } = recorder([], { build: 20 });
    const results = await runPlan(plan, run);
    expect(results.map((r) => r.script)).toEqual(['build', 'lint', 'unit', 'dist', 'e2e', 'base']);
    // lint starts while build runs; unit waits for lint; nothing of phase 2 starts before build ends.
    expect(events.indexOf('start lint')).toBeLessThan(events.indexOf('end build'));
    expect(events.indexOf('start unit')).toBeGreaterThan(events.indexOf('end lint'));
    expect(events.indexOf('start dist')).toBeGreaterThan(events.indexOf('end build'));
    expect(events.indexOf('start base')).toBeLessThan(events.indexOf('end e2e'));
    expect(planFailures(plan, results)).toEqual([]);
  });

  it('ends a chain at a failed step, lets its phase finish, and starts no later phase', async () => {
    const { run } = recorder(['lint']);
    const results = await runPlan(plan, run);
    expect(results.map((r) => r.script)).toEqual(['build', 'lint']);
    expect(planFailures(plan, results)).toEqual(['lint failed', 'not run: unit, dist, e2e, base']);
  });

  it('reports a failure in the last phase without inventing skipped steps', async () => {
    const { run } = recorder(['e2e']);
    expect(planFailures(plan, await runPlan(plan, run))).toEqual(['e2e failed']);
  });

  it('names only scripts package.json defines, each once, and never two builds at once', () => {
    const steps = PLAN.flat(2);
    for (const step of steps) expect(Object.keys(packageJson.scripts)).toContain(step);
    expect(new Set(steps).size).toBe(steps.length);
    const builds = (chain: string[]) => chain.filter((s) => /^(build|check|test:base|check:reproducible)$/.test(s));
    for (const phase of PLAN) expect(phase.filter((chain) => builds(chain).length > 0).length).toBeLessThanOrEqual(1);
  });
});
