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
});

describe('barChart', () => {
  const chart = barChart([{ label: 'Poetry', percent: 51 }, { label: 'pipenv', percent: 47.1 }, { label: 'A very long answer label that will not fit on a single line at all', percent: 10 }], 100);
  it('makes widths proportional to the values', () => {
    const [a, b] = chart.bars;
    expect(a!.width / b!.width).toBeCloseTo(51 / 47.1, 2);
  });
  it('keeps bars, whiskers and labels inside the viewBox', () => {
    for (const bar of chart.bars) {
      expect(chart.barX + bar.high + 50).toBeLessThanOrEqual(chart.width);
      expect(bar.y + chart.barHeight).toBeLessThanOrEqual(chart.height);
    }
  });
  it('wraps long labels instead of cutting them', () => {
    expect(chart.bars[2]!.lines.length).toBeGreaterThan(1);
    expect(chart.bars[2]!.lines.join(' ')).toBe('A very long answer label that will not fit on a single line at all');
    expect(wrap('supercalifragilisticexpialidocious word', 10)).toEqual(['supercalifragilisticexpialidocious', 'word']);
  });
});
