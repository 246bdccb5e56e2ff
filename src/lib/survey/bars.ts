import { scaleLinear } from 'd3-scale';
import { wilson } from './wilson.ts';

export interface BarInput {
  label: string;
  percent: number;
}

export interface Bar {
  label: string;
  /** Label split into lines that fit the chart's width. */
  lines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
  percent: number;
  /** Top of the bar. */
  y: number;
  width: number;
  /** The 95% Wilson interval, as x positions. */
  low: number;
  high: number;
  interval: [number, number];
}

export interface BarChart {
  width: number;
  height: number;
  barHeight: number;
  lineHeight: number;
  bars: Bar[];
  /** Right edge of the 100% mark; value labels sit past the bar, before this. */
  plotWidth: number;
}

/** Greedy word wrap to `max` characters a line; a word longer than that stands alone rather than being cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Chart geometry: narrow enough that text stays legible when a phone scales the SVG down. */
export const WIDTH = 400;
const LINE = 17;
const BAR = 16;
const GAP = 12;
/** Room kept right of the longest bar for its value label. */
const VALUE_ROOM = 60;
/** About how many characters of 14px text fit the width. */
const CHARS = 50;

/**
 * Horizontal bars in the published order, from a d3 linear scale on a fixed 0–100 axis,
 * so bars compare across questions. Each label sits above its bar, wrapped, never cut.
 */
export function barChart(options: BarInput[], respondents: number): BarChart {
  const plotWidth = WIDTH - VALUE_ROOM;
  const x = scaleLinear().domain([0, 100]).range([0, plotWidth]);
  const round = (n: number) => Math.round(n * 10) / 10;
  let y = 4;
  const bars = options.map((o) => {
    const lines = wrap(o.label, CHARS);
    const labelY = y + LINE - 4;
    const barY = y + lines.length * LINE + 2;
    const interval = wilson(o.percent, respondents);
    y = barY + BAR + GAP;
    return {
      label: o.label,
      lines,
      labelY,
      percent: o.percent,
      y: barY,
      width: round(x(o.percent)),
      low: round(x(interval[0])),
      high: round(x(interval[1])),
      interval,
    };
  });
  return { width: WIDTH, height: y, barHeight: BAR, lineHeight: LINE, bars, plotWidth };
}
