import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { band, geometry, sector, type Geometry } from './geometry.ts';
import { hashString, seededRandom } from './hash.ts';
import { memo } from '../content/memo.ts';

export interface BlipInput {
  id: string;
  /** 0-based quadrant, clockwise from the top right. */
  quadrant: number;
  /** 0-based ring, from the centre outwards. */
  ring: number;
}

export interface BlipPosition {
  id: string;
  quadrant: number;
  ring: number;
  x: number;
  y: number;
}

export interface Layout {
  geometry: Geometry;
  /** Radius every blip is drawn with; smaller when a segment is crowded. */
  blipRadius: number;
  blips: BlipPosition[];
}

export interface LayoutOptions {
  /** Outer radius of the radar. */
  radius?: number;
  /** Largest blip radius, used when there is room. */
  maxBlipRadius?: number;
  /** Number of segments (slices), 1 to 6. */
  segments?: number;
  /** Number of rings, 1 to 6. */
  rings?: number;
}

interface Node extends SimulationNodeDatum, BlipInput {
  x: number;
  y: number;
}

/** Share of a segment's area blips may cover: relaxation still finds room at this density (checked up to 1000 blips in one segment), and blips stay large enough to read. */
const PACKING = 0.4;
/** Gap kept between blips, as a fraction of the blip radius. */
const GAP = 0.25;

/** Extra room kept along the axes, where the ring labels sit. */
export const AXIS_GUTTER = 8;

/** Keeps a point inside its ring band and quadrant sector: `margin` from the arcs, `margin + AXIS_GUTTER` from the axes. */
export function clampToSegment(
  node: { x: number; y: number; quadrant: number; ring: number },
  g: Geometry,
  margin: number,
  segments = 4,
): void {
  const edgeMargin = margin + AXIS_GUTTER;
  const [inner, outer] = band(g, node.ring);
  const [start, end] = sector(node.quadrant, segments);
  let r = Math.hypot(node.x, node.y);
  let angle = Math.atan2(node.y, node.x);
  // atan2 gives (-π, π]; bring the angle into the sector's turn. A whole-circle segment takes every angle from its
  // seam onwards, so the angle just before the seam stays there instead of being clamped across the circle.
  if (end - start > 2 * Math.PI - 1e-9) {
    while (angle < start) angle += 2 * Math.PI;
    while (angle >= end) angle -= 2 * Math.PI;
  } else {
    while (angle < start - Math.PI) angle += 2 * Math.PI;
    while (angle > end + Math.PI) angle -= 2 * Math.PI;
  }
  // Near the centre the sector is too narrow for a blip: its edges must be `margin` away too. A sector of half a turn
  // or more is never narrower than its edge margin.
  const half = (end - start) / 2;
  const narrowest = half >= Math.PI / 2 ? edgeMargin : edgeMargin / Math.sin(half);
  r = Math.min(Math.max(r, inner + margin, narrowest), outer - margin);
  // Margin from the straight edges is a distance, so the angular margin grows near the centre.
  const angularMargin = Math.min(Math.asin(Math.min(1, edgeMargin / Math.max(r, edgeMargin))), (end - start) / 2);
  angle = Math.min(Math.max(angle, start + angularMargin), end - angularMargin);
  node.x = r * Math.cos(angle);
  node.y = r * Math.sin(angle);
}

/** Blip radius that lets the most crowded segment hold its blips at PACKING density. */
export function fittingRadius(blips: BlipInput[], g: Geometry, max: number, segments = 4): number {
  const counts = new Map<string, number>();
  for (const b of blips) counts.set(`${b.quadrant}:${b.ring}`, (counts.get(`${b.quadrant}:${b.ring}`) ?? 0) + 1);
  let radius = max;
  for (const [key, count] of counts) {
    const ring = Number(key.split(':')[1]);
    const [inner, outer] = band(g, ring);
    const area = (Math.PI * (outer * outer - inner * inner)) / segments;
    const spacing = 1 + GAP / 2;
    radius = Math.min(radius, Math.sqrt((PACKING * area) / (count * Math.PI)) / spacing);
  }
  return radius;
}

/**
 * Places one blip per entry: seeded from a hash of its id (never list order or Math.random),
 * then relaxed by collision to remove overlaps, and clamped into its band and sector.
 * The same input gives the same output; blips that do not collide with a newcomer stay put.
 */
export function layoutRadar(input: BlipInput[], options: LayoutOptions = {}): Layout {
  const segments = options.segments ?? 4;
  const g = geometry(options.radius ?? 400, options.rings ?? 4);
  const blipRadius = fittingRadius(input, g, options.maxBlipRadius ?? 11, segments);
  const margin = blipRadius * 1.2;
  const nodes: Node[] = [...input]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((blip) => {
      const random = seededRandom(hashString(blip.id));
      const [inner, outer] = band(g, blip.ring);
      const [start, end] = sector(blip.quadrant, segments);
      // Uniform over the band's area, not its radius, so the outer part is not starved.
      const r = Math.sqrt(inner * inner + random() * (outer * outer - inner * inner));
      const angle = start + random() * (end - start);
      const node: Node = { ...blip, x: r * Math.cos(angle), y: r * Math.sin(angle) };
      clampToSegment(node, g, margin, segments);
      return node;
    });
  const distance = blipRadius * (1 + GAP / 2);
  const simulation = forceSimulation(nodes)
    .force('collide', forceCollide<Node>(distance).strength(0.8).iterations(3))
    .velocityDecay(0.5)
    .stop();
  const keepInside = () => {
    for (const node of nodes) clampToSegment(node, g, margin, segments);
  };
  for (let i = 0; i < 300; i++) {
    simulation.tick();
    keepInside();
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    geometry: g,
    blipRadius: round(blipRadius),
    blips: nodes.map(({ id, quadrant, ring, x, y }) => ({ id, quadrant, ring, x: round(x), y: round(y) })),
  };
}

/** Pairs of blips closer than `minDistance`: the overlap check the tests and the build share. */
export function overlaps(blips: BlipPosition[], minDistance: number): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < blips.length; i++)
    for (let j = i + 1; j < blips.length; j++) {
      const a = blips[i]!;
      const b = blips[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < minDistance) found.push([a.id, b.id]);
    }
  return found;
}

/**
 * The layout of one edition's radar from its items and the ordered rings and quadrants: what the page's chart and the
 * downloadable SVG both draw, so the two never place a blip differently.
 */
export function layoutItems(
  items: { slug: string; quadrant: string; standing: { ring: string } }[],
  rings: { id: string }[],
  quadrants: { id: string }[],
  radius: number,
): Layout {
  // One layout per edition and build: the home page, the radar page, its embed and the download draw the same items.
  const key = `layout:${radius}:${rings.map((r) => r.id).join(',')}:${quadrants.map((q) => q.id).join(',')}`;
  return memo(items, key, () => computeLayout(items, rings, quadrants, radius));
}

function computeLayout(
  items: { slug: string; quadrant: string; standing: { ring: string } }[],
  rings: { id: string }[],
  quadrants: { id: string }[],
  radius: number,
): Layout {
  const ringAt = new Map(rings.map((r, i) => [r.id, i]));
  const quadrantAt = new Map(quadrants.map((q, i) => [q.id, i]));
  return layoutRadar(
    items.map((item) => ({
      id: item.slug,
      quadrant: quadrantAt.get(item.quadrant) ?? 0,
      ring: ringAt.get(item.standing.ring) ?? 0,
    })),
    { radius, segments: quadrants.length, rings: rings.length },
  );
}
