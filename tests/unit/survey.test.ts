import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/lib/survey/wilson.ts';
import { barChart, wrap } from '../../src/lib/survey/bars.ts';

describe('wilson', () => {
  it('gives about ±9 points for 30% of 100', () => {
    const [low, high] = wilson(30, 100);
    expect(low).toBeCloseTo(21.9, 1);
    expect(high).toBeCloseTo(39.6, 1);
  });
  it('stays within 0 to 100 at the extremes', () => {
    expect(wilson(0, 100)[0]).toBe(0);
    expect(wilson(100, 100)[1]).toBe(100);
  });
  it('narrows as the sample grows', () => {
    const [a, b] = wilson(50, 100);
    const [c, d] = wilson(50, 1000);
    expect(d - c).toBeLessThan(b - a);
  });
});

describe('barChart', () => {
  const long = 'A very long answer label that will not fit on a single line of the chart at all, really';
  const chart = barChart(
    [
      { label: 'Poetry', percent: 51 },
      { label: 'pipenv', percent: 47.1 },
      { label: long, percent: 10 },
      { label: 'All', percent: 100 },
    ],
    100,
  );
  it('makes widths proportional to the values on a 0-100 axis', () => {
    const [a, b, , all] = chart.bars;
    expect(a!.width / b!.width).toBeCloseTo(51 / 47.1, 2);
    expect(all!.width).toBe(chart.plotWidth);
  });
  it('keeps bars, whiskers, value labels and rows inside the viewBox, in the published order', () => {
    let previous = -1;
    for (const bar of chart.bars) {
      expect(bar.high).toBeLessThanOrEqual(chart.plotWidth);
      expect(bar.low).toBeGreaterThanOrEqual(0);
      expect(chart.plotWidth + 6 + `${bar.percent}%`.length * 9).toBeLessThanOrEqual(chart.width);
      expect(bar.y + chart.barHeight).toBeLessThanOrEqual(chart.height);
      expect(bar.labelY).toBeGreaterThan(previous);
      previous = bar.y;
    }
    expect(chart.bars.map((b) => b.label)).toEqual(['Poetry', 'pipenv', long, 'All']);
  });
  it('wraps long labels instead of cutting them, and leaves room for every line', () => {
    const bar = chart.bars[2]!;
    expect(bar.lines.length).toBeGreaterThan(1);
    expect(bar.lines.join(' ')).toBe(long);
    expect(bar.y).toBeGreaterThanOrEqual(bar.labelY + (bar.lines.length - 1) * chart.lineHeight);
    expect(wrap('supercalifragilisticexpialidocious word', 10)).toEqual(['supercalifragilisticexpialidocious', 'word']);
  });
});
