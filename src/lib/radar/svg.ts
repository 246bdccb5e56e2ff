import type { Movement } from './movement.ts';
import { band, boundaryAngles, polar, sector, type Geometry } from './geometry.ts';

/** SVG path of a blip's shape, centred on (0, 0): the shape tells its movement at a glance. */
export function blipPath(movement: Movement, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (movement) {
    case 'in': // triangle pointing up: moved towards Adopt
      return `M0,${f(-r * 1.25)}L${f(r * 1.15)},${f(r * 0.8)}L${f(-r * 1.15)},${f(r * 0.8)}Z`;
    case 'out': // triangle pointing down: moved away from Adopt
      return `M0,${f(r * 1.25)}L${f(r * 1.15)},${f(-r * 0.8)}L${f(-r * 1.15)},${f(-r * 0.8)}Z`;
    case 'new': // diamond
      return `M0,${f(-r * 1.3)}L${f(r * 1.3)},0L0,${f(r * 1.3)}L${f(-r * 1.3)},0Z`;
    default: // circle
      return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
  }
}

/** The path of one ring band within one segment: the shaded area behind its blips. */
export function segmentPath(g: Geometry, quadrant: number, ring: number, segments = 4): string {
  const [inner, outer] = band(g, ring);
  const [start, end] = sector(quadrant, segments);
  const f = (n: number) => Math.round(n * 100) / 100;
  const p = (r: number, a: number) => {
    const { x, y } = polar(r, a);
    return `${f(x)},${f(y)}`;
  };
  if (segments === 1) {
    // A whole ring: an arc cannot start and end at one point, so two half circles, and the hole drawn the other way.
    const circle = (r: number, sweep: 0 | 1) =>
      `M${p(r, start)}A${f(r)},${f(r)} 0 1,${sweep} ${p(r, start + Math.PI)}A${f(r)},${f(r)} 0 1,${sweep} ${p(r, start)}Z`;
    return inner === 0 ? circle(outer, 1) : `${circle(outer, 1)}${circle(inner, 0)}`;
  }
  // Two segments or more: each at most half a turn, so always the small arc.
  const outerArc = `M${p(outer, start)}A${f(outer)},${f(outer)} 0 0,1 ${p(outer, end)}`;
  if (inner === 0) return `M0,0L${p(outer, start)}${outerArc.slice(1 + p(outer, start).length)}Z`;
  return `${outerArc}L${p(inner, end)}A${f(inner)},${f(inner)} 0 0,0 ${p(inner, start)}Z`;
}

/**
 * The straight lines between segments: with four, the two axes through the centre, as the radar has always drawn them;
 * with any other number, one line from the centre along each edge; with one segment, none.
 */
export function segmentEdges(segments: number, radius: number): { x1: number; y1: number; x2: number; y2: number }[] {
  if (segments === 4)
    return [
      { x1: -radius, y1: 0, x2: radius, y2: 0 },
      { x1: 0, y1: -radius, x2: 0, y2: radius },
    ];
  if (segments === 1) return [];
  const f = (n: number) => Math.round(n * 100) / 100 + 0;
  return boundaryAngles(segments).map((a) => {
    const end = polar(radius, a);
    return { x1: 0, y1: 0, x2: f(end.x), y2: f(end.y) };
  });
}
