import { RING_PALETTE, ringColor, ringCss } from '../../src/lib/radar/rings.ts';
import { describe, expect, it } from 'vitest';
import {
  blipDrawing,
  DIGIT_HEIGHT,
  DIGIT_WIDTH,
  fitNumber,
  insideShape,
  ringLabelAttributes,
  ringLabelPositions,
  roomToGrow,
  SHAPE_REACH,
  WIDE_GROWTH,
} from '../../src/lib/radar/labels.ts';
import { geometry } from '../../src/lib/radar/geometry.ts';
import { layoutRadar } from '../../src/lib/radar/layout.ts';
import { blipPath } from '../../src/lib/radar/svg.ts';
import type { Movement } from '../../src/lib/radar/movement.ts';

const movements: Movement[] = ['new', 'in', 'out', 'unchanged'];

/** Inside test read from the drawn path itself: a polygon for the straight shapes, a circle for the arcs. */
function insideDrawn(movement: Movement, r: number, x: number, y: number): boolean {
  const d = blipPath(movement, r);
  if (d.includes('A')) return Math.hypot(x, y) <= r;
  const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('insideShape', () => {
  it('agrees with the path blipPath draws, on a fine grid over and around every shape', () => {
    const r = 10;
    for (const movement of movements) {
      let compared = 0;
      for (let u = -1.5; u <= 1.5; u += 0.025)
        for (let v = -1.5; v <= 1.5; v += 0.025) {
          const [x, y] = [u * r, v * r];
          // Points within a rounding error of the edge could go either way.
          if ([-0.05, 0.05].some((e) => insideShape(movement, r, x, y, e) !== insideShape(movement, r, x, y))) continue;
          expect(insideShape(movement, r, x, y), `${movement} at ${x.toFixed(2)},${y.toFixed(2)}`).toBe(
            insideDrawn(movement, r, x, y),
          );
          compared++;
        }
      expect(compared).toBeGreaterThan(12_000);
    }
  });
});

describe('fitNumber', () => {
  it('keeps the number’s box inside the drawn shape, for 1 to 3 digits and any blip size', () => {
    for (const movement of movements)
      for (const digits of [1, 2, 3])
        for (const r of [3, 4.3, 6.7, 8.93, 10.3, 11, 12.1]) {
          const { fontSize, y } = fitNumber(movement, digits, r);
          const halfWidth = (digits * DIGIT_WIDTH * fontSize) / 2;
          const top = y - DIGIT_HEIGHT * fontSize;
          for (const [cx, cy] of [
            [-halfWidth, top],
            [halfWidth, top],
            [-halfWidth, y],
            [halfWidth, y],
          ] as const)
            expect(insideDrawn(movement, r, cx, cy), `${movement} ${digits} digits r=${r} corner ${cx},${cy}`).toBe(
              true,
            );
        }
  });

  it('gives wider numbers smaller type, but never so small it stops being readable beside its neighbours', () => {
    for (const movement of movements) {
      const [one, two, three] = [1, 2, 3].map((d) => fitNumber(movement, d, 10).fontSize);
      expect(one).toBeGreaterThanOrEqual(two!);
      expect(two).toBeGreaterThanOrEqual(three!);
      expect(three).toBeGreaterThanOrEqual(6.5);
      expect(two).toBeGreaterThanOrEqual(8.5);
    }
  });
});

describe('blipDrawing', () => {
  it('grows three-digit blips only, and never into a neighbour, even in a packed segment', () => {
    expect(blipDrawing('unchanged', 10, 99).radius).toBe(10);
    expect(blipDrawing('unchanged', 10, 100).radius).toBe(10 * WIDE_GROWTH);
    for (const count of [150, 400]) {
      const layout = layoutRadar(Array.from({ length: count }, (_, i) => ({ id: `e${i}`, quadrant: 2, ring: 0 })));
      const numbered = layout.blips.map((b, i) => ({
        ...b,
        radius: blipDrawing('unchanged', layout.blipRadius, i + 1).radius,
      }));
      // One assertion over all pairs: 80,000 expect() calls would make the test's time the machine's speed.
      const touching: string[] = [];
      for (let i = 0; i < numbered.length; i++)
        for (let j = i + 1; j < numbered.length; j++) {
          const a = numbered[i]!;
          const b = numbered[j]!;
          if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius) touching.push(`${a.id} and ${b.id}`);
        }
      expect(touching).toEqual([]);
    }
  });
});

describe('roomToGrow', () => {
  it('measures each shape by the path blipPath draws', () => {
    for (const m of movements) {
      const d = blipPath(m, 10);
      // The circle is drawn with arcs of the radius; the other shapes are polygons, read vertex by vertex.
      const points = d.includes('A')
        ? [10]
        : [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((p) => Math.hypot(+p[1]!, +p[2]!));
      expect(Math.max(...points) / 10, m).toBeCloseTo(SHAPE_REACH[m], 2);
    }
  });

  it('keeps two diamonds side by side at the common size, and grows a three-digit blip with room', () => {
    const r = 11;
    const pair = [
      { id: 'ruff', x: 45.95, y: 21.2, movement: 'new' as const, number: 113 },
      { id: 'testcontainers', x: 21.2, y: 21.2, movement: 'new' as const, number: 114 },
    ];
    expect(roomToGrow(pair, r)).toEqual(new Set());
    const apart = [{ ...pair[0]!, x: 200 }, pair[1]!];
    expect(roomToGrow(apart, r)).toEqual(new Set(['ruff', 'testcontainers']));
    // Circles at the spacing collision keeps (2.25 radii) have room for one grown and one common size.
    const circles = [
      { id: 'a', x: 0, y: 0, movement: 'unchanged' as const, number: 100 },
      { id: 'b', x: 2.25 * r, y: 0, movement: 'unchanged' as const, number: 99 },
    ];
    expect(roomToGrow(circles, r)).toEqual(new Set(['a']));
  });

  it("never grows a shape into a neighbour's reach, whatever the shapes, in packed segments", () => {
    for (const count of [150, 400]) {
      const layout = layoutRadar(Array.from({ length: count }, (_, i) => ({ id: `e${i}`, quadrant: 1, ring: 0 })));
      const blips = layout.blips.map((b, i) => ({ ...b, movement: movements[i % 4]!, number: i + 1 }));
      const grows = roomToGrow(blips, layout.blipRadius);
      expect(grows.size).toBeGreaterThan(0);
      const reach = (b: (typeof blips)[number]) =>
        SHAPE_REACH[b.movement] * blipDrawing(b.movement, layout.blipRadius, b.number, grows.has(b.id)).radius;
      const reached: string[] = [];
      for (const a of blips)
        for (const b of blips)
          if (a !== b && (grows.has(a.id) || grows.has(b.id)) && Math.hypot(a.x - b.x, a.y - b.y) < reach(a) + reach(b))
            reached.push(`${a.id} and ${b.id}`);
      expect(reached).toEqual([]);
    }
  });
});

describe('ringLabelPositions', () => {
  it('puts one label per ring on each side of the centre, in the middle of its band', () => {
    const g = geometry(400);
    const labels = ringLabelPositions(g);
    expect(labels).toHaveLength(8);
    expect(labels.filter((l) => l.ring === 0).map((l) => l.x)).toEqual([80, -80]);
    for (const l of labels) {
      const inner = l.ring === 0 ? 0 : g.ringRadii[l.ring - 1]!;
      expect(Math.abs(l.x)).toBeCloseTo((inner + g.ringRadii[l.ring]!) / 2, 1);
    }
  });
});

describe('ring labels on a radar of six segments', () => {
  it('sit on every edge, in the middle of each band, turned along the edge and never upside down', () => {
    const g = geometry(400, 3);
    const labels = ringLabelPositions(g, 6);
    expect(labels).toHaveLength(18);
    for (const l of labels) {
      const inner = l.ring === 0 ? 0 : g.ringRadii[l.ring - 1]!;
      expect(Math.hypot(l.x, l.y)).toBeCloseTo((inner + g.ringRadii[l.ring]!) / 2, 1);
      expect(l.rotate).toBeGreaterThan(-90);
      expect(l.rotate).toBeLessThanOrEqual(90);
      // Turned along its edge: the label's direction points at the centre or straight away from it.
      const along = Math.abs(Math.cos((l.rotate * Math.PI) / 180) * l.y - Math.sin((l.rotate * Math.PI) / 180) * l.x);
      expect(along).toBeLessThan(0.05);
    }
    expect(ringLabelAttributes(labels[0]!).transform).toMatch(/^translate\(.+\) rotate\(.+\)$/);
  });
});

describe('ring colours', () => {
  it('come from the ring’s place, or its own colour, never from its id', () => {
    const css = ringCss([{ id: 'use' }, { id: 'try', color: '#7a3e9d' }, { id: 'avoid' }]);
    expect(css).toContain('.blip.ring-use path{fill:var(--ring-1)}');
    expect(css).toContain('.blip.ring-try path{fill:#7a3e9d}');
    expect(css).toContain('.segment.ring-avoid{fill:color-mix(in srgb,var(--ring-3) 6%,var(--bg))}');
    expect(ringColor(0)).toBe(RING_PALETTE[0]!.light);
    expect(ringColor(5, '#123456')).toBe('#123456');
    expect(RING_PALETTE).toHaveLength(6);
  });
});
