import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fullViewBox,
  matches,
  placeTooltip,
  quadrantViewBox,
  segmentNoun,
  segmentTitles,
  shapeWords,
  readFilters,
  readFocus,
  statusLine,
  writeFilters,
  writeFocus,
  RADIUS,
} from '../../src/lib/radar/view.ts';
import { layoutRadar } from '../../src/lib/radar/layout.ts';
import { polar, readingOrder, sector } from '../../src/lib/radar/geometry.ts';

describe('a deep link into the radar', () => {
  it('reads what it writes, beside the filters, and drops what is emptied', () => {
    const query = writeFocus('?ring=adopt', { zoom: 'tools', entry: 'pytest' });
    expect(query).toBe('?ring=adopt&zoom=tools&entry=pytest');
    expect(readFocus(query)).toEqual({ zoom: 'tools', entry: 'pytest' });
    expect(readFilters(query).ring).toBe('adopt');
    expect(writeFocus(query, { entry: '' })).toBe('?ring=adopt&zoom=tools');
    expect(writeFocus('?zoom=tools', { zoom: '' })).toBe('');
    expect(readFocus('')).toEqual({ zoom: '', entry: '' });
  });

  it('counts what the reader can see, and says where the view is zoomed', () => {
    expect(statusLine(140, 140)).toBe('Showing all 140 entries.');
    expect(statusLine(12, 140)).toBe('Showing 12 of 140 entries.');
    expect(statusLine(35, 140, 'Tools')).toBe('Showing 35 of 140 entries, zoomed to Tools.');
  });
});

describe('filters in the URL', () => {
  it('reads what it writes, and keeps parameters it does not own', () => {
    const query = writeFilters('?utm=x&ring=hold', { ring: 'adopt', quadrant: 'tools', tag: 'web' });
    expect(query).toBe('?utm=x&ring=adopt&quadrant=tools&tag=web');
    expect(readFilters(query)).toEqual({ ring: 'adopt', quadrant: 'tools', tag: 'web' });
  });

  it('drops empty filters, leaving no query at all when nothing is filtered', () => {
    expect(writeFilters('?ring=adopt&tag=web', { ring: '', quadrant: '', tag: '' })).toBe('');
    expect(writeFilters('', { ring: '', quadrant: 'tools', tag: '' })).toBe('?quadrant=tools');
    expect(readFilters('?nothing=1')).toEqual({ ring: '', quadrant: '', tag: '' });
  });

  it('matches on every filter at once', () => {
    const item = { ring: 'adopt', quadrant: 'tools', tags: ['web', 'testing'] };
    expect(matches(item, { ring: '', quadrant: '', tag: '' })).toBe(true);
    expect(matches(item, { ring: 'adopt', quadrant: 'tools', tag: 'testing' })).toBe(true);
    expect(matches(item, { ring: 'adopt', quadrant: 'tools', tag: 'async' })).toBe(false);
    expect(matches(item, { ring: 'hold', quadrant: '', tag: '' })).toBe(false);
    expect(matches(item, { ring: '', quadrant: 'platforms', tag: '' })).toBe(false);
  });
});

describe('zoom boxes', () => {
  const within = (box: ReturnType<typeof fullViewBox>, x: number, y: number) =>
    x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

  it('hold every blip of their quadrant, and keep the whole radar’s shape so the chart does not jump in height', () => {
    const blips = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, quadrant: i % 4, ring: i % 3 }));
    const layout = layoutRadar(blips, { radius: RADIUS });
    const full = fullViewBox();
    for (let q = 0; q < 4; q++) {
      const box = quadrantViewBox(q);
      for (const b of layout.blips.filter((p) => p.quadrant === q))
        expect(within(box, b.x, b.y), `${b.id} in quadrant ${q}`).toBe(true);
      // The quadrant's rim, where it meets the axes and halfway between, is inside too.
      const [start, end] = sector(q);
      for (const angle of [start, (start + end) / 2, end]) {
        const { x, y } = polar(RADIUS, angle);
        expect(within(box, x, y), `rim at ${angle}`).toBe(true);
      }
      expect(box.width / box.height).toBeCloseTo(full.width / full.height, 1);
      expect(box.width).toBeLessThan(full.width / 1.9);
    }
  });
});

describe('tooltip placement', () => {
  const rect = fc.record({
    left: fc.integer({ min: 0, max: 700 }),
    top: fc.integer({ min: -200, max: 800 }),
    width: fc.integer({ min: 4, max: 40 }),
    height: fc.integer({ min: 4, max: 40 }),
  });
  const size = fc.record({ width: fc.integer({ min: 40, max: 300 }), height: fc.integer({ min: 16, max: 60 }) });

  it('never covers the blip it names, and stays inside the frame’s width', () => {
    fc.assert(
      fc.property(rect, size, fc.integer({ min: -300, max: 300 }), (anchor, tip, minTop) => {
        const frameWidth = 760;
        const spot = placeTooltip(anchor, tip, frameWidth, minTop);
        const clear = spot.top + tip.height <= anchor.top || spot.top >= anchor.top + anchor.height;
        expect(clear).toBe(true);
        expect(spot.left).toBeGreaterThanOrEqual(0);
        expect(spot.left + tip.width).toBeLessThanOrEqual(frameWidth);
        if (spot.side === 'above') expect(spot.top).toBeGreaterThanOrEqual(minTop);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('goes above the blip when there is room, below when there is not', () => {
    const anchor = { left: 100, top: 100, width: 20, height: 20 };
    expect(placeTooltip(anchor, { width: 80, height: 24 }, 500)).toEqual({ left: 70, top: 70, side: 'above' });
    expect(placeTooltip(anchor, { width: 80, height: 24 }, 500, 80)).toEqual({ left: 70, top: 126, side: 'below' });
  });
});

describe('reading order', () => {
  it('lists four quadrants as they sit on the chart: top left, top right, bottom left, bottom right', () => {
    expect(readingOrder(4)).toEqual([3, 0, 2, 1]);
  });

  it('follows the chart for any number of sectors: each next sector is lower, or level and further right', () => {
    for (const count of [1, 2, 3, 4, 5, 6]) {
      const order = readingOrder(count);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
      // Middle direction of each sector, drawn clockwise from 12 o'clock as sector() does for four.
      const mid = (q: number) => -Math.PI / 2 + ((q + 0.5) * 2 * Math.PI) / count;
      const rows = order.map((q) => (Math.sin(mid(q)) < -1e-9 ? 0 : 1));
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      for (let i = 1; i < order.length; i++)
        if (rows[i] === rows[i - 1])
          expect(Math.cos(mid(order[i]!))).toBeGreaterThanOrEqual(Math.cos(mid(order[i - 1]!)));
    }
  });

  it('agrees with where sector() draws the four quadrants', () => {
    const centre = (q: number) => {
      const [start, end] = sector(q);
      return polar(200, (start + end) / 2);
    };
    const [topLeft, topRight, bottomLeft, bottomRight] = readingOrder(4).map(centre);
    expect(topLeft!.y).toBeLessThan(0);
    expect(topLeft!.x).toBeLessThan(0);
    expect(topRight!.y).toBeLessThan(0);
    expect(topRight!.x).toBeGreaterThan(0);
    expect(bottomLeft!.y).toBeGreaterThan(0);
    expect(bottomLeft!.x).toBeLessThan(0);
    expect(bottomRight!.y).toBeGreaterThan(0);
    expect(bottomRight!.x).toBeGreaterThan(0);
  });
});

describe('radars of other shapes', () => {
  const within = (box: ReturnType<typeof fullViewBox>, x: number, y: number) =>
    x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  it('gives every slice of 1 to 6 a zoom box that holds all its blips, and the whole radar room on every side', () => {
    for (let segments = 1; segments <= 6; segments++) {
      const blips = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, quadrant: i % segments, ring: i % 3 }));
      const layout = layoutRadar(blips, { radius: RADIUS, segments, rings: 3 });
      const full = fullViewBox(RADIUS, segments);
      for (let q = 0; q < segments; q++) {
        const box = quadrantViewBox(q, RADIUS, segments);
        for (const b of layout.blips.filter((x) => x.quadrant === q)) {
          expect(within(box, b.x, b.y), `${segments} segments, slice ${q}`).toBe(true);
          expect(within(full, b.x, b.y)).toBe(true);
        }
      }
    }
  });

  it('calls four slices quadrants and any other number segments', () => {
    expect(shapeWords(4, 4)).toBe('four quadrants and four rings');
    expect(shapeWords(6, 3)).toBe('six segments and three rings');
    expect(shapeWords(1, 1)).toBe('one segment and one ring');
    expect(segmentNoun(3, true)).toBe('segments');
  });

  it('writes titles in the corners for four slices and along the circle otherwise, reading left to right', () => {
    expect(segmentTitles(4).map((t) => t.kind)).toEqual(['corner', 'corner', 'corner', 'corner']);
    const arcs = segmentTitles(6);
    expect(arcs).toHaveLength(6);
    for (const [q, t] of arcs.entries()) {
      if (t.kind !== 'arc') throw new Error('expected an arc');
      const [, x1, , x2] = /^M([-\d.]+),([-\d.]+)A[^ ]+ 0 0,[01] ([-\d.]+),([-\d.]+)$/.exec(t.path)!.map(Number);
      const [start, end] = sector(q, 6);
      // Left to right wherever the slice's middle is not straight up or down.
      if (Math.abs(Math.cos((start + end) / 2)) < 0.99) expect(x2! > x1!, `slice ${q}`).toBe(true);
    }
  });
});
