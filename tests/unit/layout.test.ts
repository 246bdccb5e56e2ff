import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, sector } from '../../src/lib/radar/geometry.ts';
import { AXIS_GUTTER, layoutRadar, overlaps, type BlipInput } from '../../src/lib/radar/layout.ts';

const slugArb = fc.stringMatching(/^[a-z][a-z0-9-]{1,14}$/);
// Skewed: most entries pile into a few segments, as real radars do.
const blipsArb = (max: number) =>
  fc.uniqueArray(
    fc.record({
      id: slugArb,
      quadrant: fc.oneof(
        { arbitrary: fc.constant(0), weight: 3 },
        { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 },
      ),
      ring: fc.oneof(
        { arbitrary: fc.constant(0), weight: 2 },
        { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 },
      ),
    }),
    { minLength: 1, maxLength: max, selector: (b) => b.id },
  );

function insideSegment(layout: ReturnType<typeof layoutRadar>, segments = 4): string[] {
  const bad: string[] = [];
  for (const b of layout.blips) {
    const r = Math.hypot(b.x, b.y);
    const [inner, outer] = band(layout.geometry, b.ring);
    const [start, end] = sector(b.quadrant, segments);
    let angle = Math.atan2(b.y, b.x);
    while (angle < start - 1e-9) angle += 2 * Math.PI;
    const eps = 0.02;
    if (r < inner + layout.blipRadius - eps || r > outer - layout.blipRadius + eps)
      bad.push(`${b.id} outside its ring band`);
    if (angle < start - 1e-6 || angle > end + 1e-6) bad.push(`${b.id} outside its segment`);
    // Distance to the segment's straight edges (rays from the centre): a blip radius plus the gutter where the ring
    // labels sit. Past a right angle from an edge, the nearest point of that edge is the centre.
    const toEdge = (turn: number) => (Math.abs(turn) < Math.PI / 2 ? Math.abs(r * Math.sin(turn)) : r);
    if (Math.min(toEdge(angle - start), toEdge(end - angle)) < layout.blipRadius + AXIS_GUTTER - eps)
      bad.push(`${b.id} intrudes on the axis gutter`);
  }
  return bad;
}

describe('layoutRadar', () => {
  it('keeps every blip inside its band and quadrant with a margin, with no overlaps, for 1 to 400 skewed entries', () => {
    fc.assert(
      fc.property(blipsArb(400), (blips) => {
        const layout = layoutRadar(blips);
        expect(insideSegment(layout)).toEqual([]);
        expect(overlaps(layout.blips, layout.blipRadius * 2)).toEqual([]);
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it('keeps the same guarantees for every radar of 1 to 6 segments and 1 to 6 rings', () => {
    const shaped = fc
      .record({ segments: fc.integer({ min: 1, max: 6 }), rings: fc.integer({ min: 1, max: 6 }) })
      .chain(({ segments, rings }) =>
        fc.record({
          segments: fc.constant(segments),
          rings: fc.constant(rings),
          blips: fc.uniqueArray(
            fc.record({
              id: slugArb,
              quadrant: fc.integer({ min: 0, max: segments - 1 }),
              ring: fc.oneof(
                { arbitrary: fc.constant(0), weight: 2 },
                { arbitrary: fc.integer({ min: 0, max: rings - 1 }), weight: 1 },
              ),
            }),
            { minLength: 1, maxLength: 150, selector: (b) => b.id },
          ),
        }),
      );
    fc.assert(
      fc.property(shaped, ({ segments, rings, blips }) => {
        const layout = layoutRadar(blips, { segments, rings });
        expect(layout.geometry.ringRadii).toHaveLength(rings);
        expect(insideSegment(layout, segments)).toEqual([]);
        expect(overlaps(layout.blips, layout.blipRadius * 2)).toEqual([]);
        // Deterministic, whatever the input order.
        expect(JSON.stringify(layoutRadar([...blips].reverse(), { segments, rings }))).toBe(JSON.stringify(layout));
      }),
      { numRuns: 40, seed: 18 },
    );
  });

  it('keeps every combination stable when an entry is added: only its own segment and ring move', () => {
    for (const [segments, rings] of [
      [1, 1],
      [3, 6],
      [6, 3],
      [5, 2],
    ] as const) {
      const blips: BlipInput[] = Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`,
        quadrant: i % segments,
        ring: Math.floor(i / segments) % rings,
      }));
      const before = new Map(layoutRadar(blips, { segments, rings }).blips.map((b) => [b.id, b]));
      const newcomer = { id: 'newcomer', quadrant: segments - 1, ring: rings - 1 };
      const after = layoutRadar([...blips, newcomer], { segments, rings });
      const moved = after.blips.filter(
        (b) => b.id !== 'newcomer' && (before.get(b.id)!.x !== b.x || before.get(b.id)!.y !== b.y),
      );
      for (const b of moved) expect([b.quadrant, b.ring]).toEqual([newcomer.quadrant, newcomer.ring]);
    }
  });

  it('handles 400 entries all in one segment', () => {
    const blips: BlipInput[] = Array.from({ length: 400 }, (_, i) => ({ id: `entry-${i}`, quadrant: 2, ring: 0 }));
    const layout = layoutRadar(blips);
    expect(overlaps(layout.blips, layout.blipRadius * 2)).toEqual([]);
    expect(insideSegment(layout)).toEqual([]);
  });

  it('is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(blipsArb(60), (blips) => {
        const a = layoutRadar(blips);
        const b = layoutRadar([...blips].reverse());
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it('moves only the neighbours of an added entry', () => {
    const blips: BlipInput[] = Array.from({ length: 80 }, (_, i) => ({ id: `e${i}`, quadrant: i % 4, ring: i % 4 }));
    const before = new Map(layoutRadar(blips).blips.map((b) => [b.id, b]));
    const after = layoutRadar([...blips, { id: 'newcomer', quadrant: 1, ring: 2 }]);
    const moved = after.blips.filter(
      (b) => b.id !== 'newcomer' && (before.get(b.id)!.x !== b.x || before.get(b.id)!.y !== b.y),
    );
    // Same blip size, so only blips in the newcomer's segment can be pushed.
    for (const b of moved) expect([b.quadrant, b.ring]).toEqual([1, 2]);
    expect(moved.length).toBeLessThan(blips.length / 16 + 3);
  });
});
