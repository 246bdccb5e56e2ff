// Reproducible builds: builds the site twice into temporary folders and compares every file's sha256.
// Usage: node scripts/check-reproducible.ts [--keep]          (build twice, then compare)
//        node scripts/check-reproducible.ts --against DIR     (build once more, compare with the build in DIR)
//        node scripts/check-reproducible.ts --compare A B     (compare two existing builds)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareTrees, firstDifference, formatDifference, hashTree, isReproducible } from './lib/reproducible.ts';

const args = process.argv.slice(2);
let dirs: [string, string];
let temp: string | undefined;
const compareAt = args.indexOf('--compare');
if (compareAt >= 0) {
  const [a, b] = args.slice(compareAt + 1);
  if (!a || !b) {
    console.error('check-reproducible: --compare needs two folders');
    process.exit(2);
  }
  dirs = [resolve(a), resolve(b)];
} else {
  temp = mkdtempSync(join(tmpdir(), 'pyradar-repro-'));
  // In npm test the site was just built into dist/ from the same tree: one more build is enough to compare.
  const againstAt = args.indexOf('--against');
  const against = againstAt >= 0 ? args[againstAt + 1] : undefined;
  if (againstAt >= 0 && !against) {
    console.error('check-reproducible: --against needs a folder');
    process.exit(2);
  }
  dirs = against ? [resolve(against), join(temp, 'b')] : [join(temp, 'a'), join(temp, 'b')];
  for (const [i, outDir] of dirs.entries()) {
    if (against && i === 0) continue;
    const started = performance.now();
    // The same command `npm run build` runs, into a folder of our own so dist/ is left alone.
    const run = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) {
      console.error(`${run.stdout}\n${run.stderr}\ncheck-reproducible: build ${i + 1} failed (exit ${run.status})`);
      process.exit(1);
    }
    console.log(`build ${i + 1} done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${outDir}`);
  }
}

const difference = compareTrees(hashTree(dirs[0]), hashTree(dirs[1]));
const explain = (file: string) => firstDifference(readFileSync(join(dirs[0], file)), readFileSync(join(dirs[1], file)));
const ok = isReproducible(difference);
if (!ok) console.error(formatDifference(difference, explain));
if (temp && !args.includes('--keep')) rmSync(temp, { recursive: true, force: true });
else if (temp) console.log(`kept both builds in ${temp}`);
if (!ok) {
  const count = difference.differ.length + difference.onlyInA.length + difference.onlyInB.length;
  console.error(`\ncheck-reproducible: ${count} file(s) differ between the two builds (${difference.same} identical)`);
  process.exit(1);
}
console.log(`check-reproducible: both builds identical, ${difference.same} files`);
