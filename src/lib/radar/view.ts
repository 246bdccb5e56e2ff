/**
 * Pure helpers for the radar's views: the SVG viewBox of the whole radar and of each quadrant,
 * the filter state kept in the URL, and where the tooltip goes.
 */
import { polar, sector } from './geometry.ts';

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

/**
 * The whole radar, labels included. Four segments put their titles in the corners above and below the circle; any
 * other number writes them along the circle (`segmentTitles`), so room is kept on every side.
 */
export function fullViewBox(radius = RADIUS, segments = 4): Box {
  if (segments !== 4) {
    const side = 2 * (radius + LABEL_ROOM);
    return { x: -radius - LABEL_ROOM, y: -radius - LABEL_ROOM, width: side, height: side };
  }
  return { x: -radius - 10, y: -radius - LABEL_ROOM, width: 2 * radius + 20, height: 2 * radius + 2 * LABEL_ROOM };
}

/** One segment (0-based, clockwise from 12 o'clock; with four, from the top right), with its title, for the zoomed view. */
export function quadrantViewBox(q: number, radius = RADIUS, segments = 4): Box {
  if (segments !== 4) return sliceViewBox(q, radius, segments);
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

/** The box around one slice of `segments`: its centre, its arc's ends and any point of the compass the arc passes. */
function sliceViewBox(q: number, radius: number, segments: number): Box {
  const [start, end] = sector(q, segments);
  const angles = [start, end];
  for (let k = -4; k <= 8; k++)
    if (k * (Math.PI / 2) > start && k * (Math.PI / 2) < end) angles.push(k * (Math.PI / 2));
  const points = [{ x: 0, y: 0 }, ...angles.map((a) => polar(radius, a))];
  const round = (n: number) => Math.round(n * 100) / 100;
  const [left, right] = [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))];
  const [top, bottom] = [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))];
  return {
    x: round(left - LABEL_ROOM),
    y: round(top - LABEL_ROOM),
    width: round(right - left + 2 * LABEL_ROOM),
    height: round(bottom - top + 2 * LABEL_ROOM),
  };
}

/** Where a segment's title goes: a corner of the square around the circle, or an arc just outside it. */
export type SegmentTitle =
  | { kind: 'corner'; x: number; y: number; anchor: 'start' | 'end' }
  | { kind: 'arc'; path: string };

/**
 * Four segments: each title in its corner, above or below the circle. Any other number: along an arc just outside the
 * circle, centred on the slice and at most half a turn long; the arc runs so the text reads left to right, with the
 * letters' feet towards the circle on the top half and their heads towards it on the bottom half.
 */
export function segmentTitles(segments: number, radius = RADIUS): SegmentTitle[] {
  if (segments === 4)
    return [
      { kind: 'corner', x: radius, y: -radius - 6, anchor: 'end' },
      { kind: 'corner', x: radius, y: radius + 22, anchor: 'end' },
      { kind: 'corner', x: -radius, y: radius + 22, anchor: 'start' },
      { kind: 'corner', x: -radius, y: -radius - 6, anchor: 'start' },
    ];
  const f = (n: number) => Math.round(n * 100) / 100;
  return Array.from({ length: segments }, (_, q) => {
    const [start, end] = sector(q, segments);
    const mid = (start + end) / 2;
    const half = Math.min((end - start) / 2, Math.PI / 2) - 0.02;
    const bottom = Math.sin(mid) > 1e-9;
    // Text hangs above its baseline: on the bottom half the baseline sits farther out, so the letters clear the circle.
    const r = radius + (bottom ? 22 : 8);
    const [from, to] = bottom ? [mid + half, mid - half] : [mid - half, mid + half];
    const a = polar(r, from);
    const b = polar(r, to);
    return { kind: 'arc', path: `M${f(a.x)},${f(a.y)}A${f(r)},${f(r)} 0 0,${bottom ? 0 : 1} ${f(b.x)},${f(b.y)}` };
  });
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

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** What a slice of the radar is called: a quadrant when there are four, a segment otherwise. */
export function segmentNoun(segments: number, plural = false): string {
  const noun = segments === 4 ? 'quadrant' : 'segment';
  return plural ? `${noun}s` : noun;
}

/** The radar's shape in words, e.g. "four quadrants and four rings" or "six segments and three rings". */
export function shapeWords(segments: number, rings: number): string {
  const count = (n: number, noun: string) => `${NUMBER_WORDS[n] ?? String(n)} ${noun}${n === 1 ? '' : 's'}`;
  return `${count(segments, segmentNoun(segments))} and ${count(rings, 'ring')}`;
}
