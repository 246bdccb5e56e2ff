/**
 * Pure helpers for the radar's views: the SVG viewBox of the whole radar and of each quadrant,
 * the filter state kept in the URL, and where the tooltip goes.
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

/** Where a shared radar link points: a zoomed quadrant and a blip, by id and slug; empty strings mean none. */
export interface Focus {
  zoom: string;
  entry: string;
}

export function readFocus(search: string): Focus {
  const params = new URLSearchParams(search);
  return { zoom: params.get('zoom') ?? '', entry: params.get('entry') ?? '' };
}

/** The query string with the zoom and blip set (or dropped when empty), keeping filters and other parameters. */
export function writeFocus(search: string, focus: Partial<Focus>): string {
  const params = new URLSearchParams(search);
  for (const key of ['zoom', 'entry'] as const) {
    const value = focus[key];
    if (value === undefined) continue;
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** The status line: how many entries the reader can see, and where the view is zoomed. */
export function statusLine(shown: number, total: number, zoomedTitle = ''): string {
  const where = zoomedTitle ? `, zoomed to ${zoomedTitle}` : '';
  return shown === total && !zoomedTitle
    ? `Showing all ${total} entries.`
    : `Showing ${shown} of ${total} entries${where}.`;
}

export interface Filterable {
  ring: string;
  quadrant: string;
  tags: string[];
}

export function matches(item: Filterable, state: FilterState): boolean {
  return (
    (!state.ring || item.ring === state.ring) &&
    (!state.quadrant || item.quadrant === state.quadrant) &&
    (!state.tag || item.tags.includes(state.tag))
  );
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the tooltip goes, in the frame's coordinates: centred above the blip, `gap` clear of it,
 * kept inside the frame's width; below the blip when there is no room above (`minTop` is the
 * highest point still on screen). It never covers the blip it names.
 */
export function placeTooltip(
  anchor: Rect,
  tip: { width: number; height: number },
  frameWidth: number,
  minTop = 0,
  gap = 6,
): { left: number; top: number; side: 'above' | 'below' } {
  const centred = anchor.left + anchor.width / 2 - tip.width / 2;
  const left = Math.max(0, Math.min(centred, frameWidth - tip.width));
  const above = anchor.top - gap - tip.height;
  if (above >= minTop) return { left, top: above, side: 'above' };
  return { left, top: anchor.top + anchor.height + gap, side: 'below' };
}
