/**
 * Where a blip's number goes: the largest type whose box fits inside the blip's shape,
 * and the ring labels' places in the blip-free gutter along the horizontal axis.
 */
import type { Movement } from './movement.ts';
import { band, boundaryAngles, type Geometry } from './geometry.ts';

/** Advance width of one digit, in em: DejaVu Sans Bold's 0.696, the widest common system-ui bold. */
export const DIGIT_WIDTH = 0.7;
/** Height of a digit above the baseline, in em (cap height of the same fonts, rounded up). */
export const DIGIT_HEIGHT = 0.74;
/** Room kept between the number and the shape's edge, as a fraction of the blip radius. */
const PAD = 0.1;
/** Largest number type, as a fraction of the blip radius: one digit would otherwise fill the blip. */
const MAX_FONT = 1.15;
/** A triangle's slanted edge moves in by `pad` when its half-width shrinks by pad·SLANT. */
const SLANT = Math.hypot(1, 1.15 / 2.05);

/**
 * True when (x, y), relative to the blip's centre, lies inside the shape `blipPath` draws for
 * `movement` at radius `r`, shrunk by `pad` on every side. Mirrors the vertices in svg.ts.
 */
export function insideShape(movement: Movement, r: number, x: number, y: number, pad = 0): boolean {
  const ax = Math.abs(x);
  switch (movement) {
    case 'new': // diamond with half-diagonal 1.3r; shrinking it by `pad` moves each edge in by pad·√2 along the axes
      return ax + Math.abs(y) <= 1.3 * r - pad * Math.SQRT2;
    case 'in': // apex (0, -1.25r), base at y = 0.8r, half-width 1.15r
      return y <= 0.8 * r - pad && ax <= (1.15 * (y + 1.25 * r)) / 2.05 - pad * SLANT;
    case 'out':
      return y >= -0.8 * r + pad && ax <= (1.15 * (1.25 * r - y)) / 2.05 - pad * SLANT;
    default:
      return Math.hypot(x, y) <= r - pad;
  }
}

export interface NumberFit {
  fontSize: number;
  /** Baseline of the number relative to the blip's centre. */
  y: number;
}

const cache = new Map<string, NumberFit>();

/**
 * The largest font size at which a `digits`-long number fits inside the blip, and the baseline
 * that centres it in the room the shape has (lower in an upward triangle, higher in a downward one).
 * Three-digit numbers get smaller type rather than spilling over the edge.
 */
export function fitNumber(movement: Movement, digits: number, r: number): NumberFit {
  const key = `${movement}:${digits}:${r}`;
  const known = cache.get(key);
  if (known) return known;
  const round = (n: number) => Math.round(n * 100) / 100;
  let fit: NumberFit = { fontSize: round(0.5 * r), y: round(0.5 * r * DIGIT_HEIGHT * 0.5) };
  const fits = (f: number, c: number) => {
    const w = (digits * DIGIT_WIDTH * f) / 2;
    const h = (DIGIT_HEIGHT * f) / 2;
    return [-w, w].every((x) => [c - h, c + h].every((y) => insideShape(movement, r, x, y, PAD * r)));
  };
  for (let k = MAX_FONT; k >= 0.5; k = round(k - 0.01)) {
    const f = k * r;
    // Every centre that fits at this size; the middle one leaves equal room above and below.
    const centres: number[] = [];
    for (let c = -0.6; c <= 0.6 + 1e-9; c += 0.02) if (fits(f, c * r)) centres.push(c * r);
    if (centres.length === 0) continue;
    const centre = (centres[0]! + centres.at(-1)!) / 2;
    fit = { fontSize: round(f), y: round(centre + (DIGIT_HEIGHT * f) / 2) };
    break;
  }
  cache.set(key, fit);
  return fit;
}

export interface RingLabel {
  ring: number;
  /** Centre of the label. */
  x: number;
  y: number;
  /** Degrees the text turns to run along its edge; 0 on a horizontal edge. */
  rotate: number;
}

/**
 * One label per ring on the straight edges between segments, centred in its band, in the gutter the layout keeps free
 * of blips: a zoomed segment still shows its rings. Where edges run horizontally (four segments: the horizontal axis)
 * the labels sit on those only; otherwise on every edge, turned to run along it and never upside down.
 */
export function ringLabelPositions(g: Geometry, segments = 4): RingLabel[] {
  const round = (n: number) => Math.round(n * 100) / 100;
  const edges = boundaryAngles(segments);
  const horizontal = edges.filter((a) => Math.abs(Math.sin(a)) < 1e-9);
  return g.ringRadii.flatMap((_, ring) => {
    const [inner, outer] = band(g, ring);
    const mid = (inner + outer) / 2;
    return (horizontal.length ? horizontal : edges).map((angle) => {
      const degrees = (angle * 180) / Math.PI;
      // Text runs along the edge, turned by at most a quarter turn either way so it never reads upside down.
      let rotate = ((degrees % 180) + 180) % 180;
      if (rotate > 90) rotate -= 180;
      return { ring, x: round(mid * Math.cos(angle)) + 0, y: round(mid * Math.sin(angle)) + 0, rotate: round(rotate) };
    });
  });
}

/** SVG attributes that draw a ring label: on a horizontal edge a plain x, as before; elsewhere turned along the edge. */
export function ringLabelAttributes(label: RingLabel): { x?: number; y: number; transform?: string } {
  if (label.rotate === 0 && label.y === 0) return { x: label.x, y: 4 };
  return { y: 4, transform: `translate(${label.x} ${label.y}) rotate(${label.rotate})` };
}

/** Blips numbered 100 and up are drawn this much larger where they have room (see `roomToGrow`). */
export const WIDE_GROWTH = 1.1;

/** How far each shape reaches from its centre, in blip radii: the farthest vertex of the path blipPath draws. */
export const SHAPE_REACH: Record<Movement, number> = {
  unchanged: 1,
  new: 1.3,
  in: Math.hypot(1.15, 0.8),
  out: Math.hypot(1.15, 0.8),
};

/** Radius, font size and baseline of one blip's drawing; `grow` is false where a larger shape would reach a neighbour. */
export function blipDrawing(movement: Movement, r: number, value: number, grow = true): NumberFit & { radius: number } {
  const digits = String(value).length;
  const radius = digits >= 3 && grow ? Math.round(r * WIDE_GROWTH * 100) / 100 : r;
  return { radius, ...fitNumber(movement, digits, radius) };
}

export interface PlacedBlip {
  id: string;
  x: number;
  y: number;
  movement: Movement;
  number: number;
}

/**
 * The three-digit blips that may be drawn larger: those whose grown shape stays out of every neighbour's reach, with
 * neighbours taken at their largest. Diamonds and triangles reach past the radius collision keeps, so a packed pair
 * stays at the common size. Neighbours are found through a grid, so the work grows with the blips, not their square.
 */
export function roomToGrow(blips: PlacedBlip[], r: number): Set<string> {
  const largest = r * WIDE_GROWTH;
  const maxReach = Math.max(...Object.values(SHAPE_REACH)) * largest;
  const cell = 2 * maxReach;
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const grid = new Map<string, PlacedBlip[]>();
  for (const b of blips) {
    const k = key(b.x, b.y);
    grid.set(k, [...(grid.get(k) ?? []), b]);
  }
  const reach = (b: PlacedBlip) => SHAPE_REACH[b.movement] * (String(b.number).length >= 3 ? largest : r);
  const grows = new Set<string>();
  for (const b of blips) {
    if (String(b.number).length < 3) continue;
    const cx = Math.floor(b.x / cell);
    const cy = Math.floor(b.y / cell);
    let clear = true;
    for (let dx = -1; dx <= 1 && clear; dx++)
      for (let dy = -1; dy <= 1 && clear; dy++)
        for (const n of grid.get(`${cx + dx},${cy + dy}`) ?? [])
          if (n !== b && Math.hypot(n.x - b.x, n.y - b.y) < reach(b) + reach(n)) clear = false;
    if (clear) grows.add(b.id);
  }
  return grows;
}

/**
 * Every blip's drawing for one laid-out radar: the page's chart and the downloadable SVG both draw from this, so a
 * blip has the same size and number type in each.
 */
export function blipDrawings(
  items: { slug: string; number: number; standing: { movement: Movement } }[],
  layout: { blipRadius: number; blips: { id: string; x: number; y: number }[] },
): Map<string, NumberFit & { radius: number }> {
  const at = new Map(layout.blips.map((b) => [b.id, b]));
  const placed = items.flatMap((item) => {
    const p = at.get(item.slug);
    return p ? [{ id: item.slug, x: p.x, y: p.y, movement: item.standing.movement, number: item.number }] : [];
  });
  const grows = roomToGrow(placed, layout.blipRadius);
  return new Map(placed.map((b) => [b.id, blipDrawing(b.movement, layout.blipRadius, b.number, grows.has(b.id))]));
}
