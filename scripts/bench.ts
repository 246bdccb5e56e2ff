// Build benchmark: synthetic content of several sizes, each built in a temporary copy of the project.
// Usage: node scripts/bench.ts [sizes… = 100 500 1000] [--cold-only] [--keep] [--no-write]   Writes docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchMarkdown, type BenchResult, type TimedLine, phasesFromLog } from './lib/bench.ts';
import { sampleMemory } from './lib/memory.ts';
import { folderSize, listFiles } from './lib/site.ts';
import { COPIED, syntheticContent, type CopiedFiles } from './lib/synthetic.ts';
import { makeProject as makeProjectIn } from './lib/project.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { layoutRadar, type BlipInput } from '../src/lib/radar/layout.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
if (!sizes.length) sizes.push(100, 500, 1000);
const MB = 1024 * 1024;

const copied = Object.fromEntries(
  COPIED.map((folder) => [
    folder,
    readdirSync(join(root, 'content', folder))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({ id: name.slice(0, -4), text: readFileSync(join(root, 'content', folder, name), 'utf8') })),
  ]),
) as CopiedFiles;

const makeProject = (files: Map<string, string>) => makeProjectIn(root, files, 'pyradar-bench-');

/** Runs `astro build` in `dir`, timing each output line and sampling the process tree's memory. */
function build(dir: string): Promise<{ ms: number; peak: number; lines: TimedLine[] }> {
  return new Promise((done, reject) => {
    const started = performance.now();
    const env = { ...process.env, BASE_PATH: '/', FORCE_COLOR: '0' };
    const child = spawn(join(dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, env });
    const memory = sampleMemory(child.pid!);
    const lines: TimedLine[] = [];
    let log = '';
    const collect = (chunk: Buffer) => {
      const at = performance.now() - started;
      log += chunk.toString('utf8');
      for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ at, text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = memory.stop();
      if (code !== 0) reject(new Error(`astro build exited with ${code} in ${dir}:\n${log.slice(-4000)}`));
      else done({ ms: performance.now() - started, peak, lines });
    });
  });
}

/** Times the radar layout alone for the entries' current quadrant and ring, after a small warm-up. */
function layoutTime(files: Map<string, string>): number {
  const order = (folder: string) => {
    const items = [...files]
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, text]) => ({
        id: path.slice(folder.length + 1, -4),
        order: Number(splitFrontmatter(text).data['order']),
      }));
    return new Map(items.sort((a, b) => a.order - b.order).map((item, i) => [item.id, i]));
  };
  const [rings, quadrants] = [order('rings'), order('quadrants')];
  const blips: BlipInput[] = [...files]
    .filter(([path]) => path.startsWith('entries/'))
    .map(([path, text]) => {
      const data = splitFrontmatter(text).data as { quadrant: string; history: { ring: string }[] };
      return {
        id: path.slice(8, -4),
        quadrant: quadrants.get(data.quadrant) ?? 0,
        ring: rings.get(data.history.at(-1)!.ring) ?? 0,
      };
    });
  layoutRadar(blips.slice(0, 20));
  const started = performance.now();
  layoutRadar(blips);
  return performance.now() - started;
}

const results: BenchResult[] = [];
for (const entries of sizes) {
  const files = syntheticContent(entries, copied);
  const count = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).length;
  const dir = makeProject(files);
  console.log(`\n${entries} entries: building in ${dir}`);
  try {
    const run = await build(dir);
    const rebuild = args.includes('--cold-only') ? null : await build(dir);
    const dist = join(dir, 'dist');
    const pagefind = folderSize(join(dist, 'pagefind'));
    const result: BenchResult = {
      entries,
      topics: count('topics'),
      questions: count('survey'),
      pages: listFiles(dist).filter((file) => file.endsWith('.html')).length,
      buildSeconds: run.ms / 1000,
      rebuildSeconds: rebuild ? rebuild.ms / 1000 : null,
      peakRssMb: run.peak / MB,
      distMb: folderSize(dist) / MB,
      pagefindMb: pagefind ? pagefind / MB : null,
      layoutMs: layoutTime(files),
      phases: phasesFromLog(run.lines, run.ms),
    };
    results.push(result);
    console.log(
      `${entries} entries: ${result.pages} pages in ${result.buildSeconds.toFixed(1)} s (${(result.pages / result.buildSeconds).toFixed(0)} pages/s), rebuild ${result.rebuildSeconds?.toFixed(1) ?? '—'} s, peak ${result.peakRssMb.toFixed(0)} MB, dist ${result.distMb.toFixed(1)} MB, layout ${result.layoutMs.toFixed(1)} ms`,
    );
    console.log(`  ${result.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(' · ')}`);
  } finally {
    if (args.includes('--keep')) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const cpu = cpus();
const machine = [
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}, ${process.platform}`,
  `Measured: ${new Date().toISOString().slice(0, 10)}`,
];
const markdown = benchMarkdown(results, machine, `node scripts/bench.ts ${sizes.join(' ')}`);
if (!args.includes('--no-write')) {
  writeFileSync(resolve(root, 'docs', 'benchmarks.md'), markdown);
  console.log('\nwrote docs/benchmarks.md');
} else console.log(`\n${markdown}`);
