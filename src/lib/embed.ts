/**
 * What the embed pages and the "Embed" panels share: the one-line caption under a chart, the iframe snippet readers
 * paste into their own pages, and how tall that iframe is.
 */

export interface QuestionSample {
  kind: 'single' | 'multiple';
  maxAnswers?: number | undefined;
  respondents: number;
  respondentsApproximate: boolean;
}

/** The sample behind a survey chart, as its page words it: "Single choice · over 100 respondents". */
export function surveySample(q: QuestionSample): string {
  const kind = q.kind === 'single' ? 'Single choice' : `Up to ${q.maxAnswers} answers each; bars can sum past 100%`;
  const n = q.respondentsApproximate ? `over ${q.respondents} respondents` : `${q.respondents} respondents`;
  return `${kind} · ${n}`;
}

/** Widest an embedded chart draws, in CSS pixels: the survey chart as on its page (32rem), the radar as on its (48rem). */
export const EMBED_MAX_WIDTH = { survey: 512, radar: 768 } as const;

/** Room for the title, caption and link around the chart in an embed page, in CSS pixels (a two-line title included). */
const EMBED_CHROME = 150;

/**
 * The iframe height that shows an embed page whole at its widest, from the chart's SVG viewBox: narrower frames draw
 * the chart smaller, so they need less.
 */
export function embedHeight(chart: { width: number; height: number }, maxWidth: number): number {
  return Math.ceil((chart.height * maxWidth) / chart.width + EMBED_CHROME);
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML to paste into another page: a lazily loaded, borderless iframe of the embed page, as wide as its column up
 * to `maxWidth`. `src` must be absolute, since the snippet lives on someone else's site.
 */
export function embedSnippet(options: { src: string; title: string; height: number; maxWidth: number }): string {
  const { src, title, height, maxWidth } = options;
  if (!/^https?:\/\//.test(src)) throw new Error(`embedSnippet: src must be an absolute http(s) URL, got "${src}"`);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border: 0; max-width: ${maxWidth}px" loading="lazy"></iframe>`;
}

/** The sample behind the radar: "141 entries · placements as of 2024-03". */
export function radarCaption(entries: number, asOf: string): string {
  return `${entries} entries · placements as of ${asOf}`;
}
