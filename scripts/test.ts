// `npm test`: every check the project has, two at a time where they do not depend on each other, because CI has two
// cores and most steps use one. Each step's output is printed whole when it ends; a summary with times closes the run.
// Usage: node scripts/test.ts [--list]
import { spawn } from 'node:child_process';
import { PLAN, planFailures, runPlan } from './lib/test-plan.ts';

if (process.argv.includes('--list')) {
  for (const [i, phase] of PLAN.entries())
    console.log(`phase ${i + 1}: ${phase.map((chain) => chain.join(' → ')).join('  ‖  ')}`);
  process.exit(0);
}

const results = await runPlan(
  PLAN,
  (script) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      console.log(`▶ ${script}`);
      child.on('close', (code) => {
        const seconds = (performance.now() - started) / 1000;
        console.log(`\n── ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s ──`);
        process.stdout.write(Buffer.concat(output));
        resolve({ script, ok: code === 0, seconds });
      });
    }),
);

console.log('\nnpm test:');
for (const r of results)
  console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.script.padEnd(20)} ${r.seconds.toFixed(0)} s`);
const failures = planFailures(PLAN, results);
if (failures.length) {
  console.error(`\nnpm test failed: ${failures.join('; ')}`);
  process.exit(1);
}
