import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigData } from 'html-validate';
import { benchJson, benchMarkdown, compareMarkdown, median, phasesFromLog, summarise } from '../lib/bench.ts';
import {
  auditFailures,
  findingsOf,
  metricsOf,
  scoresOf,
  scoreTable,
  type LighthouseResult,
} from '../lib/lighthouse.ts';
import { COPIED, syntheticContent, unlink, type CopiedFiles } from '../lib/synthetic.ts';
import { validatePages } from '../lib/validate.ts';
import { parseAll } from '../../src/lib/content/parse.ts';
import { checkReferences } from '../../src/lib/content/references.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';

describe('html validation with the project config', () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
  it("accepts Shiki's highlighted code, with its colour styles", async () => {
    const shiki =
      '<pre class="astro-code" style="background-color:#fff;--shiki-dark-bg:#0d1117;color:#1f2328;overflow-x:auto" tabindex="0"><code><span style="color:#CF222E;--shiki-dark:#FF7B72;font-style:italic">def</span></code></pre>';
    expect(await validatePages([{ file: 'code.html', html: page(shiki) }], config)).toEqual([]);
  });
  it('still rejects layout in style attributes and real errors, with file and rule', async () => {
    const problems = await validatePages(
      [
        {
          file: 'bad.html',
          html: page('<div style="position:absolute">x</div><img src="/a.png"><p id="x"></p><p id="x"></p>'),
        },
      ],
      config,
    );
    expect(problems.map((p) => p.rule).sort()).toEqual(['no-dup-id', 'no-inline-style', 'wcag/h37']);
    expect(problems.every((p) => p.file === 'bad.html' && p.line === 1)).toBe(true);
  });
});

describe('lighthouse results', () => {
  const lhr = (performance: number): LighthouseResult => ({
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'lcp', weight: 25 },
          { id: 'cls', weight: 25 },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'contrast', weight: 7 }] },
      'best-practices': { score: 0.96, auditRefs: [] },
      seo: { score: null, auditRefs: [] },
    },
    audits: {
      lcp: {
        id: 'lcp',
        title: 'Largest Contentful Paint',
        score: 0.5,
        scoreDisplayMode: 'numeric',
        displayValue: '4.1 s',
      },
      'largest-contentful-paint': {
        id: 'largest-contentful-paint',
        title: 'LCP',
        score: 0.5,
        scoreDisplayMode: 'numeric',
        displayValue: '4.1\u00a0s',
      },
      cls: { id: 'cls', title: 'Cumulative Layout Shift', score: 1, scoreDisplayMode: 'numeric' },
      contrast: { id: 'contrast', title: 'Contrast', score: 0, scoreDisplayMode: 'binary' },
    },
  });
  it('turns scores into 0 to 100 and lists the audits that cost points, heaviest first', () => {
    expect(scoresOf(lhr(0.941))).toEqual({ performance: 94, accessibility: 100, 'best-practices': 96, seo: null });
    expect(findingsOf(lhr(0.9))).toEqual(['lcp: Largest Contentful Paint (4.1 s)', 'contrast: Contrast']);
  });
  it('fails every category under 95 or unscored, naming the page', () => {
    const page = {
      type: 'radar',
      path: '/radar/',
      scores: scoresOf(lhr(0.941)),
      metrics: metricsOf(lhr(0.941)),
      findings: [],
    };
    expect(page.metrics).toMatchObject({ LCP: '4.1 s', TBT: '—' });
    expect(auditFailures([page])).toEqual([
      '/radar/ (radar): performance 94 is below 95',
      '/radar/ (radar): seo not scored is below 95',
    ]);
    expect(scoreTable([page])).toMatch(/^radar {2,}\/radar\/ {2,}94 {2,}100 {2,}96 {2,}— {2,}— {2,}4\.1 s {2,}—/m);
  });
});

describe('benchmark', () => {
  const copied = Object.fromEntries(
    COPIED.map((folder) => [
      folder,
      readdirSync(`content/${folder}`)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => ({ id: name.slice(0, -4), text: readFileSync(`content/${folder}/${name}`, 'utf8') })),
    ]),
  ) as CopiedFiles;

  it('generates content that passes the schemas and every cross-check, in proportion', () => {
    const files = syntheticContent(60, copied);
    const raw = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as { file: string; text: string }[]]));
    for (const [path, text] of files) raw[path.split('/')[0]!]!.push({ file: `content/${path}`, text });
    const parsed = parseAll(raw as Parameters<typeof parseAll>[0]);
    expect([...parsed.problems, ...checkReferences(parsed.set)]).toEqual([]);
    expect(parsed.set.entries).toHaveLength(60);
    expect(parsed.set.topics).toHaveLength(Math.round((60 * 92) / 119));
    expect(parsed.set.survey).toHaveLength(Math.round((60 * 28) / 119));
    expect(syntheticContent(60, copied)).toEqual(files);
  });
  it('reports medians, and one JSON line comparing head with the other commit', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const head = summarise({ pages: 10, cold: [40, 44, 42], warm: [20, 22, 21], peak: [900.4, 950, 910] });
    expect(head).toEqual({ pages: 10, coldSeconds: 42, warmSeconds: 21, peakMiB: 910 });
    const other = summarise({ pages: 9, cold: [100], warm: [], peak: [1500] });
    expect(other.warmSeconds).toBeNull();
    expect(JSON.parse(benchJson(1000, 3, head, other))).toEqual({ size: 1000, runs: 3, head, against: other });
    expect(JSON.parse(benchJson(100, 1, head))).toEqual({ size: 100, runs: 1, head });
    expect(compareMarkdown([{ size: 1000, runs: 3, head, against: other }], 'abc123').at(-1)).toBe(
      '| 1000 | 3 | 10 / 9 | 42.0 / 100.0 | 0.42 | 21.0 / — | — | 910 / 1500 | 0.61 |',
    );
  });
  it('drops links from copied files, which would point at pages the synthetic site lacks', () => {
    expect(unlink('See [FastAPI](/radar/fastapi/) now.\n<SurveyChart id="x" />\n')).toBe('See FastAPI now.\n');
  });
  it('splits build time into phases by log markers', () => {
    const lines = [
      { at: 500, text: '[pyradar:content-check] content checked: no problems' },
      { at: 900, text: '[content] Synced content' },
      { at: 1000, text: '[build] Building static entrypoints...' },
      { at: 3000, text: ' generating static routes ' },
      { at: 9000, text: '\x1b[32m✓ Completed in 6.00s.\x1b[39m' },
      { at: 9500, text: '[pyradar:pagefind] indexed 400 pages' },
    ];
    const phases = phasesFromLog(lines, 9600);
    expect(phases.map((p) => p.ms)).toEqual([500, 400, 100, 2000, 6000, 500, 100]);
    const markdown = benchMarkdown(
      [
        {
          entries: 10,
          topics: 8,
          questions: 2,
          pages: 40,
          buildSeconds: 4,
          rebuildSeconds: 2.5,
          peakRssMb: 500,
          distMb: 3,
          pagefindMb: null,
          layoutMs: 2,
          phases,
        },
      ],
      ['2 cores'],
      'node scripts/bench.ts 10',
    );
    expect(markdown).toContain('| 10 | 8 | 2 | 40 | 4.0 | 2.5 | 10 | 500 | 3.0 | — | 2.0 |');
    expect(markdown).toContain('rendering pages and endpoints 6.0 s (63%)');
  });
});
