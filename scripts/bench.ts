// Build benchmark: synthetic content of several sizes, each built cold and warm in a temporary copy of the project,
// optionally against another commit built in the same run (alternating, from that commit's own generator).
// Usage: npm run bench -- [--sizes 100,1000,3000] [--against <ref>] [--runs N] [--cold-only] [--keep] [--no-write]
// Writes docs/benchmarks.md; the last line printed is one JSON object per size with the medians.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  benchJson,
  benchMarkdown,
  type BenchResult,
  type CommitRuns,
  compareMarkdown,
  phasesFromLog,
  summarise,
  type TimedLine,
} from './lib/bench.ts';
import { sampleMemory } from './lib/memory.ts';
import { makeProject } from './lib/project.ts';
import { folderSize, listFiles } from './lib/site.ts';
import { COPIED, syntheticContent, type CopiedFiles } from './lib/synthetic.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { layoutRadar, type BlipInput } from '../src/lib/radar/layout.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = [
  ...(option('--sizes') ?? '').split(',').filter(Boolean).map(Number),
  ...args.filter((arg, i) => /^\d+$/.test(arg) && !['--runs', '--sizes'].includes(args[i - 1] ?? '')).map(Number),
];
if (!sizes.length) sizes.push(100, 1000, 3000);
const runs = Number(option('--runs') ?? 1);
const against = option('--against');
const coldOnly = args.includes('--cold-only');
const MiB = 1024 * 1024;

/** Runs `astro build` in `dir`, timing each output line and sampling the process tree's memory. */
function build(dir: string): Promise<{ ms: number; peak: number; lines: TimedLine[] }> {
  return new Promise((done, reject) => {
    const started = performance.now();
    // A cold build means no preview-image cache from elsewhere: the project copy's own node_modules/.cache.
    const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '/', FORCE_COLOR: '0' };
    delete env['PYRADAR_CACHE_DIR'];
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

/** The content folders the generator copies, read from a project's content/. */
function copiedFrom(project: string): CopiedFiles {
  return Object.fromEntries(
    COPIED.map((folder) => [
      folder,
      readdirSync(join(project, 'content', folder))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => ({ id: name.slice(0, -4), text: readFileSync(join(project, 'content', folder, name), 'utf8') })),
    ]),
  ) as CopiedFiles;
}

/**
 * Another commit, checked out into a temporary worktree, with its own synthetic generator: wherever that commit keeps
 * it (the module exporting `syntheticContent`), run in a child process against that commit's content.
 */
function otherCommit(ref: string): {
  dir: string;
  generate: (entries: number) => Map<string, string>;
  close: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'pyradar-bench-ref-'));
  execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, ref], { stdio: 'ignore' });
  // The generator imports packages: this project's, as the other commit's builds use them too.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const module = execFileSync('git', ['-C', dir, 'grep', '-l', 'export function syntheticContent', '--', '*.ts'], {
    encoding: 'utf8',
  })
    .split('\n')
    .find(Boolean);
  if (!module) throw new Error(`${ref} has no synthetic content generator (export function syntheticContent)`);
  const driver = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { join } from 'node:path';
    import { COPIED, syntheticContent } from ${JSON.stringify(join(dir, module))};
    const copied = Object.fromEntries(COPIED.map((folder) => [folder, readdirSync(join('content', folder))
      .filter((n) => n.endsWith('.mdx')).sort()
      .map((n) => ({ id: n.slice(0, -4), text: readFileSync(join('content', folder, n), 'utf8') }))]));
    process.stdout.write(JSON.stringify([...syntheticContent(Number(process.argv[1]), copied)]));`;
  return {
    dir,
    generate: (entries) =>
      new Map(
        JSON.parse(
          execFileSync(process.execPath, ['--input-type=module', '-e', driver, String(entries)], {
            cwd: dir,
            encoding: 'utf8',
            maxBuffer: 1024 * MiB,
          }),
        ) as [string, string][],
      ),
    close: () => {
      rmSync(join(dir, 'node_modules'));
      execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    },
  };
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

interface Commit {
  name: string;
  project: string;
  files: Map<string, string>;
  runs: CommitRuns;
  /** The first cold build's details, for the phase table. */
  detail?: BenchResult;
}

const other = against ? otherCommit(against) : undefined;
const results: BenchResult[] = [];
const comparisons: Parameters<typeof compareMarkdown>[0] = [];
const jsonLines: string[] = [];
try {
  for (const entries of sizes) {
    const commits: Commit[] = [
      {
        name: 'head',
        project: root,
        files: syntheticContent(entries, copiedFrom(root)),
        runs: { pages: 0, cold: [], warm: [], peak: [] },
      },
    ];
    if (other)
      commits.push({
        name: against!,
        project: other.dir,
        files: other.generate(entries),
        runs: { pages: 0, cold: [], warm: [], peak: [] },
      });
    for (let run = 0; run < runs; run++) {
      // Alternate which commit builds first, so neither always meets a machine the other has just warmed.
      const order = run % 2 ? [...commits].reverse() : commits;
      for (const commit of order) {
        const dir = makeProject(commit.project, commit.files, 'pyradar-bench-', join(root, 'node_modules'));
        try {
          const cold = await build(dir);
          const warm = coldOnly ? null : await build(dir);
          const dist = join(dir, 'dist');
          const pages = listFiles(dist).filter((file) => file.endsWith('.html')).length;
          commit.runs.pages = pages;
          commit.runs.cold.push(cold.ms / 1000);
          if (warm) commit.runs.warm.push(warm.ms / 1000);
          commit.runs.peak.push(Math.max(cold.peak, warm?.peak ?? 0) / MiB);
          console.log(
            `${entries} entries, ${commit.name}, run ${run + 1}: ${pages} pages, cold ${(cold.ms / 1000).toFixed(1)} s, warm ${warm ? (warm.ms / 1000).toFixed(1) : '—'} s, peak ${(Math.max(cold.peak, warm?.peak ?? 0) / MiB).toFixed(0)} MiB`,
          );
          if (!commit.detail) {
            const pagefind = folderSize(join(dist, 'pagefind'));
            const count = (folder: string) => [...commit.files.keys()].filter((p) => p.startsWith(`${folder}/`)).length;
            commit.detail = {
              entries,
              topics: count('topics'),
              questions: count('survey'),
              pages,
              buildSeconds: cold.ms / 1000,
              rebuildSeconds: warm ? warm.ms / 1000 : null,
              peakRssMb: Math.max(cold.peak, warm?.peak ?? 0) / MiB,
              distMb: folderSize(dist) / MiB,
              pagefindMb: pagefind ? pagefind / MiB : null,
              layoutMs: commit.name === 'head' ? layoutTime(commit.files) : 0,
              phases: phasesFromLog(cold.lines, cold.ms),
            };
          }
        } finally {
          if (args.includes('--keep')) console.log(`  kept ${dir}`);
          else rmSync(dir, { recursive: true, force: true });
        }
      }
    }
    const [head, ref] = commits as [Commit, Commit | undefined];
    // The table shows the medians; phases are those of the first cold build.
    results.push({
      ...head.detail!,
      buildSeconds: summarise(head.runs).coldSeconds,
      rebuildSeconds: summarise(head.runs).warmSeconds,
      peakRssMb: summarise(head.runs).peakMiB,
    });
    if (ref) comparisons.push({ size: entries, runs, head: summarise(head.runs), against: summarise(ref.runs) });
    jsonLines.push(benchJson(entries, runs, summarise(head.runs), ref ? summarise(ref.runs) : undefined));
  }
} finally {
  other?.close();
}

const cpu = cpus();
const machine = [
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}, ${process.platform}`,
  `Measured: ${new Date().toISOString().slice(0, 10)}, ${runs} run(s) per commit and size, medians`,
];
const command = `npm run bench -- --sizes ${sizes.join(',')}${runs !== 1 ? ` --runs ${runs}` : ''}${against ? ` --against ${against}` : ''}`;
let markdown = benchMarkdown(results, machine, command);
if (comparisons.length)
  markdown += [
    '',
    `## Against ${against}`,
    '',
    `Both commits built in the same run, alternating, each from its own synthetic generator and its own content; the ratios are head over ${against}. These machines are noisy: compare ratios from one run, not seconds across runs.`,
    '',
    ...compareMarkdown(comparisons, against!),
    '',
  ].join('\n');
if (!args.includes('--no-write')) {
  writeFileSync(resolve(root, 'docs', 'benchmarks.md'), markdown);
  console.log(`\nwrote ${relative(root, resolve(root, 'docs', 'benchmarks.md'))}`);
} else console.log(`\n${markdown}`);
for (const line of jsonLines) console.log(line);
