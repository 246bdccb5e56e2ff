import type { ContentSet, Item } from '../content/types.ts';
import type { Entry } from '../../schemas/entry.ts';
import { quadrantAt } from './policy.ts';
import { readingOrder } from './geometry.ts';
import { ringColor } from './rings.ts';
import { memo } from '../content/memo.ts';
import { isRetiredAt, sortEditions, standingAt, type HistoryItem, type Standing } from './movement.ts';

/** An entry as one edition's radar shows it. */
export interface RadarItem {
  slug: string;
  title: string;
  quadrant: string;
  tags: string[];
  standing: Standing;
  /** 1-based number of the blip, stable within the edition: by quadrant in reading order, ring, then title. */
  number: number;
}

/** Ring id → order from the centre (0-based). */
export function ringIndex(set: ContentSet): Map<string, number> {
  return new Map([...set.rings].sort((a, b) => a.data.order - b.data.order).map((r, i) => [r.id, i]));
}

/** Ring id → the colour its badges and preview cards take: the ring's own, or its place's (src/lib/radar/rings.ts). */
export function ringColors(set: ContentSet): Map<string, string> {
  const index = ringIndex(set);
  return new Map(set.rings.map((r) => [r.id, ringColor(index.get(r.id) ?? 0, r.data.color)]));
}

/** Quadrant id → order clockwise from the top right (0-based). */
export function quadrantIndex(set: ContentSet): Map<string, number> {
  return new Map([...set.quadrants].sort((a, b) => a.data.order - b.data.order).map((q, i) => [q.id, i]));
}

/** The editions as the movement logic takes them: id and date. */
export function editionRefs(set: ContentSet): { id: string; date: string }[] {
  return set.editions.map((e) => ({ id: e.id, date: e.data.date }));
}

/** Reads entries' standings against this content's editions and rings, worked out once. */
export function standingReader(set: ContentSet): (history: HistoryItem[], editionId: string) => Standing | undefined {
  const editions = editionRefs(set);
  const rings = ringIndex(set);
  return (history, editionId) => standingAt(history, editions, editionId, rings);
}

/**
 * Reads where each entry stands now: its standing in the newest edition, and the ring and last-reviewed edition every
 * page and API shows (an entry the newest edition does not show keeps its last placement).
 */
export function currentPlacement(
  set: ContentSet,
): (entry: Item<Entry>) => { standing: Standing | undefined; ring: string; reviewedIn: string } {
  const current = currentEdition(set);
  const standingOf = standingReader(set);
  return (entry) => {
    const standing = standingOf(entry.data.history, current.id);
    const last = entry.data.history.at(-1);
    return {
      standing,
      ring: standing?.ring ?? last?.ring ?? '',
      reviewedIn: standing?.reviewedIn ?? last?.edition ?? '',
    };
  };
}

/**
 * Every edition snapshot page (`/editions/<edition>/<slug>/`): one per entry an edition's radar shows or carries,
 * with the standing it shows. The snapshot route and the alias redirects both read it.
 */
export function editionSnapshots(set: ContentSet): { edition: string; entry: Item<Entry>; standing: Standing }[] {
  const standingOf = standingReader(set);
  return set.editions.flatMap((edition) =>
    set.entries.flatMap((entry) => {
      const standing = standingOf(entry.data.history, edition.id);
      return standing ? [{ edition: edition.id, entry, standing }] : [];
    }),
  );
}

export function editionsOldestFirst(set: ContentSet) {
  return sortEditions(set.editions.map((e) => ({ id: e.id, date: e.data.date, item: e }))).map((e) => e.item);
}

/** The newest edition: the one `/radar/` shows. */
export function currentEdition(set: ContentSet) {
  const editions = editionsOldestFirst(set);
  const last = editions.at(-1);
  if (!last) throw new Error('content/editions/ holds no edition');
  return last;
}

/** The radar as of an edition: every entry placed by then and not retired, numbered in legend order. */
export function radarAt(set: ContentSet, editionId: string): { items: RadarItem[]; retired: Item<Entry>[] } {
  // The home page, the radar page, its embed and download, and the ring and quadrant pages all ask for it.
  return memo(set, `radarAt:${editionId}`, () => computeRadarAt(set, editionId));
}

function computeRadarAt(set: ContentSet, editionId: string): { items: RadarItem[]; retired: Item<Entry>[] } {
  const editions = editionRefs(set);
  const rings = ringIndex(set);
  const standing = standingReader(set);
  // Numbered in the order the legend lists quadrants: as they sit on the chart, top left first.
  const reading = readingOrder(set.quadrants.length);
  const quadrants = new Map([...quadrantIndex(set)].map(([id, index]) => [id, reading.indexOf(index)]));
  const order = editionsOldestFirst(set).map((e) => e.id);
  const items: Omit<RadarItem, 'number'>[] = [];
  const retired: Item<Entry>[] = [];
  for (const entry of set.entries) {
    const now = standing(entry.data.history, editionId);
    if (!now) continue;
    if (isRetiredAt(entry.data.retired, editions, editionId)) {
      retired.push(entry);
      continue;
    }
    items.push({
      slug: entry.id,
      title: entry.data.title,
      // Earlier editions draw an entry in the quadrant it had then.
      quadrant: quadrantAt(entry.data.history, entry.data.quadrant, order, editionId),
      tags: entry.data.tags,
      standing: now,
    });
  }
  items.sort(
    (a, b) =>
      (quadrants.get(a.quadrant) ?? 0) - (quadrants.get(b.quadrant) ?? 0) ||
      (rings.get(a.standing.ring) ?? 0) - (rings.get(b.standing.ring) ?? 0) ||
      a.title.localeCompare(b.title, 'en') ||
      a.slug.localeCompare(b.slug),
  );
  return {
    items: items.map((item, i) => ({ ...item, number: i + 1 })),
    retired: retired.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
  };
}

/** Rings from the centre outwards, as the chart and legend need them. */
export function orderedRings(set: ContentSet): { id: string; title: string; summary: string; color?: string }[] {
  return [...set.rings]
    .sort((a, b) => a.data.order - b.data.order)
    .map((r) => ({
      id: r.id,
      title: r.data.title,
      summary: r.data.summary,
      ...(r.data.color ? { color: r.data.color } : {}),
    }));
}

/** Quadrants clockwise from the top right: index i is drawn in sector(i). */
export function orderedQuadrants(set: ContentSet): { id: string; title: string; summary: string }[] {
  return [...set.quadrants]
    .sort((a, b) => a.data.order - b.data.order)
    .map((q) => ({ id: q.id, title: q.data.title, summary: q.data.summary }));
}

/** Quadrants in the order a reader meets them on the chart (top left, top right, bottom left, bottom right). */
export function quadrantsInReadingOrder<Q>(quadrants: Q[]): Q[] {
  return readingOrder(quadrants.length).flatMap((i) => {
    const quadrant = quadrants[i];
    return quadrant === undefined ? [] : [quadrant];
  });
}
