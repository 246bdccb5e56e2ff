/** The Lighthouse categories the audit scores, and the least score each must reach (0 to 100). */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const MIN_SCORE = 95;

/** The parts of a Lighthouse result (LHR) the audit reads. */
export interface LighthouseResult {
  finalDisplayedUrl?: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
  runtimeError?: { code: string; message: string };
}

export interface AuditedPage {
  type: string;
  path: string;
  scores: Record<Category, number | null>;
  /** Lab metrics as Lighthouse shows them, e.g. { LCP: '1.2 s' }. */
  metrics: Record<string, string>;
  findings: string[];
}

/** The lab metrics worth a column: what the performance score is made of. */
export const METRICS: [string, string][] = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];

export function metricsOf(lhr: LighthouseResult): Record<string, string> {
  return Object.fromEntries(
    METRICS.map(([label, id]) => [label, (lhr.audits[id]?.displayValue ?? '—').replace(/\u00a0/g, ' ')]),
  );
}

/** Category scores as 0 to 100 (null when Lighthouse could not score it). */
export function scoresOf(lhr: LighthouseResult): Record<Category, number | null> {
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = lhr.categories[category]?.score;
      return [category, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Record<Category, number | null>;
}

/**
 * The audits that cost points, heaviest first: failed scored audits in any category, with Lighthouse's
 * own short value (e.g. "1.2 s"), so the report says what to fix rather than only a number.
 */
export function findingsOf(lhr: LighthouseResult, limit = 6): string[] {
  const weighted = new Map<string, number>();
  for (const category of CATEGORIES)
    for (const ref of lhr.categories[category]?.auditRefs ?? [])
      weighted.set(ref.id, Math.max(weighted.get(ref.id) ?? 0, ref.weight));
  return [...weighted]
    .map(([id, weight]) => ({ audit: lhr.audits[id], weight }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 0.9 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    )
    .sort((a, b) => b.weight - a.weight || (a.audit!.score ?? 0) - (b.audit!.score ?? 0))
    .slice(0, limit)
    .map(({ audit }) => `${audit!.id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`);
}

/** One line for each category score under MIN_SCORE (or missing), naming the page. */
export function auditFailures(pages: AuditedPage[]): string[] {
  return pages.flatMap((page) =>
    CATEGORIES.flatMap((category) => {
      const score = page.scores[category];
      if (score !== null && score >= MIN_SCORE) return [];
      return [
        `${page.path} (${page.type}): ${category} ${score ?? 'not scored'} is below ${MIN_SCORE}${page.findings.length ? `; ${page.findings.join('; ')}` : ''}`,
      ];
    }),
  );
}

/** A fixed-width score table, one row per page. */
export function scoreTable(pages: AuditedPage[]): string {
  const header = ['page type', 'path', ...CATEGORIES, ...METRICS.map(([label]) => label)];
  const rows = pages.map((p) => [
    p.type,
    p.path,
    ...CATEGORIES.map((c) => String(p.scores[c] ?? '—')),
    ...METRICS.map(([label]) => p.metrics[label] ?? '—'),
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
