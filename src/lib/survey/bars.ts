import { scaleLinear } from 'd3-scale';
import { wilson } from './wilson.ts';

export interface BarInput {
  label: string;
  percent: number;
}

export interface Bar {
  label: string;
  /** Label split into lines that fit the label column. */
  lines: string[];
  percent: number;
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
  /** Where the bars start: the label column's width. */
  barX: number;
  barHeight: number;
  bars: Bar[];
  ticks: { x: number; label: string }[];
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

const LINE = 16;
const PAD = 10;

/**
 * Horizontal bars in the published order, computed from d3 scales; the SVG is drawn from this.
 * Widths are proportional to the percentages on a 0-100 axis, so charts compare across questions.
 */
export function barChart(options: BarInput[], respondents: number, width = 640): BarChart {
  const labelChars = 26;
  const barX = 200;
  const right = width - 56;
  const x = scaleLinear().domain([0, 100]).range([0, right - barX]);
  let y = 24;
  const barHeight = 18;
  const bars = options.map((o) => {
    const lines = wrap(o.label, labelChars);
    const rowHeight = Math.max(barHeight, lines.length * LINE) + PAD;
    const interval = wilson(o.percent, respondents);
    const bar: Bar = {
      label: o.label,
      lines,
      percent: o.percent,
      y: y + (rowHeight - PAD - barHeight) / 2,
      width: Math.round(x(o.percent) * 10) / 10,
      low: Math.round(x(interval[0]) * 10) / 10,
      high: Math.round(x(interval[1]) * 10) / 10,
      interval,
    };
    y += rowHeight;
    return bar;
  });
  const ticks = [0, 25, 50, 75, 100].map((t) => ({ x: Math.round(x(t) * 10) / 10, label: `${t}%` }));
  return { width, height: y + 4, barX, barHeight, bars, ticks };
}
