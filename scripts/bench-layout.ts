// Times the radar layout for 100, 400 and 1000 entries (median of several runs), with the core count.
import { availableParallelism, cpus } from 'node:os';
import { layoutRadar, type BlipInput } from '../src/lib/radar/layout.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs = 5;
console.log(
  `radar layout: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, median of ${runs} runs\n`,
);
console.log('entries  median ms  min ms  max ms  blip radius');
for (const n of sizes.length ? sizes : [100, 400, 1000]) {
  // Skewed like a real radar: more entries in the inner rings.
  const input: BlipInput[] = Array.from({ length: n }, (_, i) => ({
    id: `entry-${i}`,
    quadrant: i % 4,
    ring: [0, 0, 1, 1, 2, 3][i % 6]!,
  }));
  layoutRadar(input); // warm-up
  const times: number[] = [];
  let radius = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    radius = layoutRadar(input).blipRadius;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(
    `${String(n).padStart(7)}  ${f(times[Math.floor(runs / 2)]!)}    ${f(times[0]!)} ${f(times.at(-1)!)}  ${radius.toFixed(2).padStart(11)}`,
  );
}
