/**
 * The radar's geometry: ring bands and quadrant sectors in SVG coordinates
 * (origin at the centre, y pointing down). Pure numbers, no DOM.
 */
export interface Geometry {
  /** Outer radius of the whole radar. */
  radius: number;
  /** Outer radius of each ring band, from the centre outwards. */
  ringRadii: number[];
}

/** Band widths shrink outwards so the Adopt band, which matters most, has room to read. */
export const RING_FRACTIONS = [0.4, 0.63, 0.82, 1] as const;

export function geometry(radius: number, rings: number = RING_FRACTIONS.length): Geometry {
  const fractions =
    rings === RING_FRACTIONS.length
      ? [...RING_FRACTIONS]
      : Array.from({ length: rings }, (_, i) => Math.sqrt((i + 1) / rings));
  return { radius, ringRadii: fractions.map((f) => f * radius) };
}

/** Inner and outer radius of ring band `ring` (0-based). */
export function band(g: Geometry, ring: number): [number, number] {
  return [ring === 0 ? 0 : (g.ringRadii[ring - 1] ?? 0), g.ringRadii[ring] ?? g.radius];
}

/** The radar has 1 to 6 segments (slices) and 1 to 6 rings; four of each is PyRadar's own radar. */
export const MAX_SEGMENTS = 6;
export const MAX_RINGS = 6;

/**
 * Start and end angle (radians, clockwise from 3 o'clock) of segment `q` of `count` (0-based, clockwise from
 * 12 o'clock). With four segments, segment 0 is the top-right quadrant.
 */
export function sector(q: number, count = 4): [number, number] {
  const turn = (2 * Math.PI) / count;
  const start = -Math.PI / 2 + q * turn;
  return [start, start + turn];
}

/** The angles of the straight edges between segments (none drawn apart when there is one segment: its seam). */
export function boundaryAngles(count = 4): number[] {
  return Array.from({ length: count }, (_, q) => sector(q, count)[0]);
}

/**
 * Sector indices in the order a reader meets them on the chart: the top row left to right, then the next row down.
 * With four quadrants that is top left, top right, bottom left, bottom right: [3, 0, 2, 1]. The legend, the blip
 * numbers and the zoom buttons follow it, so the list reads in the order the chart is laid out.
 */
export function readingOrder(count = 4): number[] {
  const mid = (q: number) => {
    const [start, end] = [-Math.PI / 2 + (q * 2 * Math.PI) / count, -Math.PI / 2 + ((q + 1) * 2 * Math.PI) / count];
    return (start + end) / 2;
  };
  // A row is the sign of the sector's middle direction (up or down); within a row, left to right.
  const row = (q: number) => (Math.sin(mid(q)) < -1e-9 ? 0 : 1);
  return Array.from({ length: count }, (_, q) => q).sort(
    (a, b) => row(a) - row(b) || Math.cos(mid(a)) - Math.cos(mid(b)) || a - b,
  );
}

export function polar(r: number, angle: number): { x: number; y: number } {
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
