/** One line of build output and when it arrived, in ms since the build started. */
export interface TimedLine {
  at: number;
  text: string;
}

/**
 * Each phase ends at the first line matching its pattern (after the previous phase's end);
 * a phase whose marker never shows is folded into the next one.
 */
export const PHASE_MARKERS: [string, RegExp][] = [
  ['start-up, config, content check', /content checked/],
  ['content sync', /Synced content/],
  ['types and build info', /Building static entrypoints/],
  ['bundling (Vite)', /generating static routes/],
  ['rendering pages and endpoints', /✓ Completed in/],
  ['sitemap and Pagefind index', /pagefind\] indexed|page\(s\) built in/],
];

export interface Phase {
  name: string;
  ms: number;
}

/** Strips terminal colour codes, which Astro adds even when piped in some setups. */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with the ESC control character.
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Splits a build's wall time into phases by the log lines that mark their ends; the rest is "exit". */
export function phasesFromLog(lines: TimedLine[], totalMs: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const [name, pattern] of PHASE_MARKERS) {
    const found = lines.findIndex((line, i) => i >= index && pattern.test(plain(line.text)));
    if (found < 0) continue;
    const at = lines[found]!.at;
    phases.push({ name, ms: Math.max(0, at - from) });
    from = at;
    index = found + 1;
  }
  phases.push({ name: 'writing out and exit', ms: Math.max(0, totalMs - from) });
  return phases;
}

export interface BenchResult {
  entries: number;
  topics: number;
  questions: number;
  pages: number;
  buildSeconds: number;
  /** A second build in the same folder: content store and OG image cache warm, as on a developer's machine. */
  rebuildSeconds: number | null;
  peakRssMb: number;
  distMb: number;
  pagefindMb: number | null;
  layoutMs: number;
  phases: Phase[];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** The results as Markdown: one summary table, then each size's phases, the longest first. */
export function benchMarkdown(results: BenchResult[], machine: string[], command: string): string {
  const rows = results.map(
    (r) =>
      `| ${r.entries} | ${r.topics} | ${r.questions} | ${r.pages} | ${fixed(r.buildSeconds)} | ${r.rebuildSeconds === null ? '—' : fixed(r.rebuildSeconds)} | ${fixed(r.pages / r.buildSeconds, 0)} | ${fixed(r.peakRssMb, 0)} | ${fixed(r.distMb)} | ${r.pagefindMb === null ? '—' : fixed(r.pagefindMb)} | ${fixed(r.layoutMs)} |`,
  );
  const phases = results.map((r) => {
    const sorted = [...r.phases].sort((a, b) => b.ms - a.ms);
    const total = r.phases.reduce((sum, p) => sum + p.ms, 0) || 1;
    const cached =
      r.rebuildSeconds === null
        ? ''
        : `; cold minus warm: ${fixed(r.buildSeconds - r.rebuildSeconds)} s of cacheable work`;
    return `- **${r.entries} entries:** ${sorted.map((p) => `${p.name} ${fixed(p.ms / 1000)} s (${fixed((p.ms / total) * 100, 0)}%)`).join(', ')}${cached}`;
  });
  return [
    '# Build benchmarks',
    '',
    `Synthetic content (entries with proportional topics and survey questions, built from the real rings, quadrants, editions, sources, categories and sections) in a temporary copy of the project, built with \`astro build\` (the same integrations as \`npm run build\`: content check, sitemap, Pagefind). Regenerate with \`${command}\`.`,
    '',
    ...machine.map((line) => `- ${line}`),
    '',
    '| entries | topics | questions | pages | build (s) | rebuild (s) | pages/s | peak RSS (MB) | dist (MB) | search index (MB) | radar layout (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    "Build is a cold build, as in CI: fresh caches. Rebuild is a second build of the same folder, with Astro's content store and the image caches (node_modules/.cache/pyradar-og and pyradar-downloads) warm. Pages/s counts HTML pages over the cold build. Peak RSS is the largest sum of resident memory over the build process, its threads and its children, sampled every 100 ms. Radar layout is one `layoutRadar` call for all entries of the size, after a warm-up. The search index is `dist/pagefind/`. Build, rebuild and peak are medians over the runs.",
    '',
    '## Where the time goes',
    '',
    'Phases of the first cold build, split by the lines Astro logs as each one ends. Rendering includes the endpoints: JSON, CSV, SVG and the chart PNGs. The link-preview PNGs (satori and resvg, one per content page) render in worker threads from the start of the build, beside bundling and page rendering; the build waits for any still rendering after the pages (in "sitemap and Pagefind index"). Cold minus warm is mostly those PNGs, which the warm build reads from its cache. Each edition\'s radar is laid out once per build and shared by the pages that draw it.',
    '',
    ...phases,
    '',
  ].join('\n');
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One commit's builds of one size, each run a cold build and (unless cold-only) a warm one in the same folder. */
export interface CommitRuns {
  pages: number;
  cold: number[];
  warm: number[];
  peak: number[];
}

/** Medians of one commit's runs, as the bench's JSON line gives them. */
export interface CommitSummary {
  pages: number;
  coldSeconds: number;
  warmSeconds: number | null;
  peakMiB: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function summarise(runs: CommitRuns): CommitSummary {
  return {
    pages: runs.pages,
    coldSeconds: round1(median(runs.cold)),
    warmSeconds: runs.warm.length ? round1(median(runs.warm)) : null,
    peakMiB: Math.round(median(runs.peak)),
  };
}

/** The bench's last line for a size: medians of this commit and, when asked, the other commit built in the same run. */
export function benchJson(size: number, runs: number, head: CommitSummary, against?: CommitSummary): string {
  return JSON.stringify({ size, runs, head, ...(against ? { against } : {}) });
}

/** Head against another commit, one row per size: medians, and head's share of the other's time and memory. */
export function compareMarkdown(
  rows: { size: number; runs: number; head: CommitSummary; against: CommitSummary }[],
  ref: string,
): string[] {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b ? '—' : (a / b).toFixed(2));
  return [
    `| entries | runs | pages (head / ${ref}) | cold s (head / ${ref}) | cold ratio | warm s (head / ${ref}) | warm ratio | peak MiB (head / ${ref}) | peak ratio |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ size, runs, head, against }) =>
        `| ${size} | ${runs} | ${head.pages} / ${against.pages} | ${fixed(head.coldSeconds)} / ${fixed(against.coldSeconds)} | ${ratio(head.coldSeconds, against.coldSeconds)} | ${head.warmSeconds === null ? '—' : fixed(head.warmSeconds)} / ${against.warmSeconds === null ? '—' : fixed(against.warmSeconds)} | ${ratio(head.warmSeconds, against.warmSeconds)} | ${head.peakMiB} / ${against.peakMiB} | ${ratio(head.peakMiB, against.peakMiB)} |`,
    ),
  ];
}
