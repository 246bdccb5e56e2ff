import type { PageWeight } from './assets.ts';
import { PAGE_TYPES, type PageType } from './site.ts';

/** 1 kB = 1000 bytes: the stricter reading of the "KB". */
export const KB = 1000;

/** Gzipped byte limits per page; an absent limit is not budgeted for that page type. */
export interface Budget {
  js?: number;
  css?: number;
  html?: number;
}

const CSS = 15 * KB;
/** Text pages (an entry, a topic, a chart) enhance at most: 6 kB of JavaScript. */
const TEXT = { js: 6 * KB, css: CSS };

export const BUDGETS: Record<PageType, Budget> = {
  home: { css: CSS },
  radar: { js: 20 * KB, css: CSS },
  entry: { ...TEXT, html: 30 * KB },
  topic: TEXT,
  chart: TEXT,
  search: { css: CSS },
  // The dependency check parses TOML, lock files and requirements in the browser: a tool page, like the radar.
  check: { js: 20 * KB, css: CSS },
  editions: { css: CSS },
  // An entry as one edition placed it: a text page like the entry itself.
  'edition-entry': { ...TEXT, html: 30 * KB },
  // Two entries side by side: a text page, with room for both entries' evidence.
  compare: { ...TEXT, html: 30 * KB },
  // A chart in another site's iframe: drawn at build time, it loads no JavaScript at all.
  embed: { js: 0, css: CSS },
  other: { css: CSS },
};

export type Metric = 'js' | 'css' | 'html';
const METRICS: Metric[] = ['js', 'css', 'html'];

export interface Measured {
  page: string;
  type: PageType;
  weight: PageWeight;
}

/** Every page over a budget, and every page that loads something it must not: one line each. */
export function overBudget(pages: Measured[]): string[] {
  const out: string[] = [];
  for (const { page, type, weight } of pages) {
    const budget = BUDGETS[type];
    for (const metric of METRICS) {
      const limit = budget[metric];
      if (limit !== undefined && weight[metric] > limit) {
        const files = metric === 'js' ? weight.jsFiles : metric === 'css' ? weight.cssFiles : [page];
        out.push(
          `${page}: ${metric.toUpperCase()} is ${kb(weight[metric])} gzipped, over the ${kb(limit)} budget for ${type} pages (${files.join(', ') || 'inline only'})`,
        );
      }
    }
    for (const problem of weight.problems) out.push(`${page}: ${problem}`);
  }
  return out;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

/** The heaviest page of each type for each metric. */
export interface TypeSummary {
  type: PageType;
  pages: number;
  max: Record<Metric, { bytes: number; page: string }>;
}

export function summarise(pages: Measured[]): TypeSummary[] {
  return PAGE_TYPES.flatMap((type) => {
    const ofType = pages.filter((p) => p.type === type);
    if (!ofType.length) return [];
    const max = Object.fromEntries(
      METRICS.map((metric) => {
        const top = ofType.reduce((a, b) => (b.weight[metric] > a.weight[metric] ? b : a));
        return [metric, { bytes: top.weight[metric], page: top.page }];
      }),
    ) as TypeSummary['max'];
    return [{ type, pages: ofType.length, max }];
  });
}

/** A fixed-width table: one row per page type, the heaviest page's gzipped sizes against the budgets. */
export function budgetTable(summaries: TypeSummary[]): string {
  const cell = (bytes: number, limit: number | undefined) =>
    `${kb(bytes)} / ${limit === undefined ? '—' : kb(limit)}${limit !== undefined && bytes > limit ? ' ✗' : ''}`;
  const rows = [
    ['page type', 'pages', 'JS max / budget', 'CSS max / budget', 'HTML max / budget', 'heaviest JS page'],
    ...summaries.map((s) => {
      const budget = BUDGETS[s.type];
      return [
        s.type,
        String(s.pages),
        cell(s.max.js.bytes, budget.js),
        cell(s.max.css.bytes, budget.css),
        cell(s.max.html.bytes, budget.html),
        s.max.js.bytes ? s.max.js.page : '(none)',
      ];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
