import type { Movement } from './movement.ts';
import { band, polar, sector, type Geometry } from './geometry.ts';

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

/** The path of one ring band within one quadrant: the shaded segment behind its blips. */
export function segmentPath(g: Geometry, quadrant: number, ring: number): string {
  const [inner, outer] = band(g, ring);
  const [start, end] = sector(quadrant);
  const f = (n: number) => Math.round(n * 100) / 100;
  const p = (r: number, a: number) => {
    const { x, y } = polar(r, a);
    return `${f(x)},${f(y)}`;
  };
  const outerArc = `M${p(outer, start)}A${f(outer)},${f(outer)} 0 0,1 ${p(outer, end)}`;
  if (inner === 0) return `M0,0L${p(outer, start)}${outerArc.slice(1 + p(outer, start).length)}Z`;
  return `${outerArc}L${p(inner, end)}A${f(inner)},${f(inner)} 0 0,0 ${p(inner, start)}Z`;
}
