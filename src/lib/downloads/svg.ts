/**
 * Standalone SVG files of the survey charts and the radar, for the build-time downloads: one self-contained file each,
 * with xmlns, width, height and viewBox, an embedded <style> in the site's light palette, generic font families and no
 * external references, so it opens alone in a browser or a vector editor and resvg renders it to PNG.
 */
import { barChart, wrap, type BarInput } from '../survey/bars.ts';
import { layoutItems } from '../radar/layout.ts';
import { blipPath, segmentEdges, segmentPath } from '../radar/svg.ts';
import { blipDrawings, ringLabelAttributes, ringLabelPositions } from '../radar/labels.ts';
import { fullViewBox, RADIUS, segmentTitles } from '../radar/view.ts';
import { ringColor, ringTint } from '../radar/rings.ts';
import type { RadarItem } from '../radar/model.ts';

/** The site's light palette (src/styles/global.css): a file has no reader's colour scheme to follow. */
export const PALETTE = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#57606a',
  line: '#d0d7de',
  panel: '#f6f8fa',
  adopt: '#1b7f4b',
  trial: '#1f5fa8',
  assess: '#8a5a00',
  hold: '#b3261e',
} as const;

/** The site's system font stack, ending in a generic family: no font file is referenced. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/** Escapes text and attribute values for XML. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `colour` at `percent`% over `base`, as CSS color-mix(in srgb) gives it; resvg does not know color-mix. */
export function mix(colour: string, percent: number, base: string): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const a = rgb(colour);
  const b = rgb(base);
  return `#${a
    .map((c, i) => Math.round((c * percent + (b[i] ?? 0) * (100 - percent)) / 100))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

const f = (n: number) => String(Math.round(n * 100) / 100);

function document(options: {
  box: [x: number, y: number, width: number, height: number];
  title: string;
  style: string;
  body: string;
}): StandaloneSvg {
  const [x, y, width, height] = options.box;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="${f(x)} ${f(y)} ${f(width)} ${f(height)}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(options.title)}</title>`,
    `<style>${options.style}</style>`,
    `<rect class="background" x="${f(x)}" y="${f(y)}" width="${f(width)}" height="${f(height)}"/>`,
    options.body,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height };
}

const BASE_STYLE = `
text { font-family: ${FONT_FAMILY}; fill: ${PALETTE.fg}; }
.background { fill: ${PALETTE.bg}; }
.heading { font-size: 18px; font-weight: 700; }
.caption { font-size: 12px; fill: ${PALETTE.muted}; }`;

const PAD = 16;
const TITLE_LINE = 22;
const CAPTION_LINE = 16;

/** Text lines from the top at `y`, `step` apart. */
function lines(texts: string[], x: number, y: number, step: number, cls: string): string {
  return texts
    .map((t, i) => `<text class="${cls}" x="${f(x)}" y="${f(y + i * step)}">${escapeXml(t)}</text>`)
    .join('\n');
}

export interface SurveySvgInput {
  title: string;
  options: BarInput[];
  respondents: number;
  /** The sample and source, one line on the page: "Single choice · over 100 respondents · Source: …". */
  caption: string;
  /** The chart's page, as text at the foot (a file cannot rely on links). */
  link: string;
}

/** A survey chart as on its page (bars, 95% intervals, values), titled, with its sample, source and page at the foot. */
export function surveySvg(input: SurveySvgInput): StandaloneSvg {
  const chart = barChart(input.options, input.respondents);
  const width = chart.width + 2 * PAD;
  const titleLines = wrap(input.title, 38);
  const chartTop = PAD + titleLines.length * TITLE_LINE + 6;
  const captionLines = [...wrap(input.caption, 62), ...wrap(input.link, 62)];
  const captionTop = chartTop + chart.height + 8;
  const height = captionTop + captionLines.length * CAPTION_LINE + PAD - 4;
  const bars = chart.bars.map((b) => {
    const mid = f(b.y + chart.barHeight / 2);
    const label = b.lines
      .map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : chart.lineHeight}">${escapeXml(line)}</tspan>`)
      .join('');
    return [
      '<g class="bar">',
      `<text class="label" y="${f(b.labelY)}">${label}</text>`,
      `<rect class="track" x="0" y="${f(b.y)}" width="${f(chart.plotWidth)}" height="${chart.barHeight}"/>`,
      `<rect class="fill" x="0" y="${f(b.y)}" width="${f(b.width)}" height="${chart.barHeight}"/>`,
      `<line class="whisker-halo" x1="${f(b.low)}" x2="${f(b.high)}" y1="${mid}" y2="${mid}"/>`,
      `<line class="whisker" x1="${f(b.low)}" x2="${f(b.high)}" y1="${mid}" y2="${mid}"/>`,
      `<text class="value" x="${f(chart.plotWidth + 6)}" y="${f(b.y + chart.barHeight - 3)}">${b.percent}%</text>`,
      '</g>',
    ].join('');
  });
  const style = `${BASE_STYLE}
.chart text { font-size: 14px; }
.value { font-weight: 600; }
.track { fill: ${PALETTE.panel}; stroke: ${PALETTE.line}; stroke-width: 0.5; }
.fill { fill: ${PALETTE.trial}; }
.whisker-halo { stroke: ${PALETTE.bg}; stroke-width: 4.5; stroke-linecap: round; }
.whisker { stroke: ${PALETTE.fg}; stroke-width: 1.5; stroke-linecap: round; }
`;
  const body = [
    lines(titleLines, PAD, PAD + 16, TITLE_LINE, 'heading'),
    `<g class="chart" transform="translate(${PAD} ${chartTop})">`,
    ...bars,
    '</g>',
    lines(captionLines, PAD, captionTop + 12, CAPTION_LINE, 'caption'),
  ].join('\n');
  return document({
    box: [0, 0, width, height],
    title: `${input.title}: ${input.options.map((o) => `${o.label} ${o.percent}%`).join('; ')}`,
    style,
    body,
  });
}

export interface RadarSvgInput {
  title: string;
  items: RadarItem[];
  /** From the centre outwards; `color` where the ring sets its own. */
  rings: { id: string; title: string; color?: string | undefined }[];
  quadrants: { id: string; title: string }[];
  /** "Edition · N entries · placements as of …". */
  caption: string;
  link: string;
}

/** The whole radar as the radar page draws it (segments, ring and quadrant titles, numbered blips), titled. */
export function radarSvg(input: RadarSvgInput): StandaloneSvg {
  const R = RADIUS;
  const layout = layoutItems(input.items, input.rings, input.quadrants, R);
  const position = new Map(layout.blips.map((b) => [b.id, b]));
  const n = input.quadrants.length;
  const view = fullViewBox(R, n);
  const top = 48;
  const bottom = 44;
  const box: [number, number, number, number] = [view.x, view.y - top, view.width, view.height + top + bottom];
  const segments = input.quadrants.flatMap((_, q) =>
    input.rings.map(
      (ring, i) => `<path class="segment ring-${ring.id}" d="${segmentPath(layout.geometry, q, i, n)}"/>`,
    ),
  );
  const ringLabels = ringLabelPositions(layout.geometry, n).map((l) => {
    const a = ringLabelAttributes(l);
    const place = a.transform ? `transform="${a.transform}"` : `x="${f(a.x ?? 0)}"`;
    return `<text ${place} y="${a.y}" text-anchor="middle">${escapeXml((input.rings[l.ring]?.title ?? '').toUpperCase())}</text>`;
  });
  const titles = segmentTitles(n, R);
  const quadrantLabels = input.quadrants.map((q, i) => {
    const t = titles[i]!;
    if (t.kind === 'corner')
      return `<text x="${f(t.x)}" y="${f(t.y)}" text-anchor="${t.anchor}">${escapeXml(q.title)}</text>`;
    return `<path id="segment-title-${i}" d="${t.path}" fill="none"/><text><textPath href="#segment-title-${i}" startOffset="50%" text-anchor="middle">${escapeXml(q.title)}</textPath></text>`;
  });
  const drawings = blipDrawings(input.items, layout);
  const blips = input.items.flatMap((item) => {
    const p = position.get(item.slug);
    if (!p) return [];
    const draw = drawings.get(item.slug)!;
    const ring = input.rings.find((r) => r.id === item.standing.ring)?.title ?? item.standing.ring;
    const quadrant = input.quadrants.find((q) => q.id === item.quadrant)?.title ?? item.quadrant;
    return [
      `<g class="blip ring-${item.standing.ring}" data-entry="${escapeXml(item.slug)}" transform="translate(${f(p.x)} ${f(p.y)})">`,
      `<title>${escapeXml(`${item.number}. ${item.title}: ${ring}, ${quadrant}`)}</title>`,
      `<path d="${blipPath(item.standing.movement, draw.radius)}"/>`,
      `<text y="${f(draw.y)}" text-anchor="middle" font-size="${f(draw.fontSize)}">${item.number}</text>`,
      '</g>',
    ].join('');
  });
  // Each ring's colour by its place or its own (src/lib/radar/rings.ts); the page tints segments with color-mix(), the
  // same shares mixed here.
  const ringColours = input.rings
    .map((ring, i) => `.blip.ring-${ring.id} path { fill: ${ringColor(i, ring.color)}; }`)
    .join('\n');
  const segmentTints = input.rings
    .map((ring, i) => `.segment.ring-${ring.id} { fill: ${mix(ringColor(i, ring.color), ringTint(i), PALETTE.bg)}; }`)
    .join('\n');
  const style = `${BASE_STYLE}
.heading { font-size: 24px; }
.caption { font-size: 14px; }
.segment { fill: ${PALETTE.panel}; stroke: ${PALETTE.line}; stroke-width: 1; }
${segmentTints}
.axis { stroke: ${PALETTE.line}; stroke-width: 1.5; }
.ring-labels text { fill: ${PALETTE.muted}; font-size: 11px; font-weight: 700; letter-spacing: 0.44px; paint-order: stroke; stroke: ${PALETTE.bg}; stroke-width: 4px; stroke-linejoin: round; }
.quadrant-labels text { font-size: 20px; font-weight: 700; }
.blip path { stroke: ${PALETTE.bg}; stroke-width: 1; }
.blip text { fill: #ffffff; font-weight: 700; }
${ringColours}
`;
  const body = [
    lines([input.title], view.x + 10, box[1] + 32, 0, 'heading'),
    '<g class="segments">',
    ...segments,
    ...segmentEdges(n, R).map((e) => `<line class="axis" x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}"/>`),
    '</g>',
    '<g class="ring-labels">',
    ...ringLabels,
    '</g>',
    '<g class="quadrant-labels">',
    ...quadrantLabels,
    '</g>',
    '<g class="blips">',
    ...blips,
    '</g>',
    lines([input.caption, input.link], view.x + 10, view.y + view.height + 16, 18, 'caption'),
  ].join('\n');
  return document({ box, title: `${input.title}: ${input.items.length} entries`, style, body });
}
