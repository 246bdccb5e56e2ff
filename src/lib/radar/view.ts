/**
 * Pure helpers for the radar's views: the SVG viewBox of the whole radar and of each quadrant,
 * the font size that fits a blip's number, and the filter state kept in the URL.
 */
export const RADIUS = 400;

/** Room above and below the circle for the quadrant titles. */
const LABEL_ROOM = 34;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const boxString = (b: Box) => `${b.x} ${b.y} ${b.width} ${b.height}`;

/** The whole radar, labels included. */
export function fullViewBox(radius = RADIUS): Box {
  return { x: -radius - 10, y: -radius - LABEL_ROOM, width: 2 * radius + 20, height: 2 * radius + 2 * LABEL_ROOM };
}

/** One quadrant (0-based, clockwise from the top right), with its title, for the zoomed view. */
export function quadrantViewBox(q: number, radius = RADIUS): Box {
  const right = q === 0 || q === 1;
  const top = q === 0 || q === 3;
  const pad = 10;
  return {
    x: right ? -pad : -radius - pad,
    y: top ? -radius - LABEL_ROOM : -pad,
    width: radius + 2 * pad,
    height: radius + LABEL_ROOM + pad,
  };
}

/** Font size for a blip's number: three digits get smaller type so they stay inside the blip. */
export function numberFontSize(blipRadius: number, value: number): number {
  const digits = String(value).length;
  const scale = digits >= 3 ? 0.78 : digits === 2 ? 1 : 1.1;
  return Math.max(3, Math.round(blipRadius * 1.05 * scale * 10) / 10);
}

/** What the radar's filters select; empty strings mean "all". */
export interface FilterState {
  ring: string;
  quadrant: string;
  tag: string;
}

export const FILTER_KEYS = ['ring', 'quadrant', 'tag'] as const;

export function readFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  return { ring: params.get('ring') ?? '', quadrant: params.get('quadrant') ?? '', tag: params.get('tag') ?? '' };
}

/** The query string for a filter state, keeping unrelated parameters. */
export function writeFilters(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    if (state[key]) params.set(key, state[key]);
    else params.delete(key);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

export interface Filterable {
  ring: string;
  quadrant: string;
  tags: string[];
}

export function matches(item: Filterable, state: FilterState): boolean {
  return (!state.ring || item.ring === state.ring) && (!state.quadrant || item.quadrant === state.quadrant) && (!state.tag || item.tags.includes(state.tag));
}
