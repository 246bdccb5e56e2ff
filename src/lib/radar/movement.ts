/** How an entry moved in an edition, derived from its history: never typed by hand. */
export type Movement = 'new' | 'in' | 'out' | 'unchanged';

export interface EditionRef {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: such strings sort in time order. */
  date: string;
}

export interface HistoryItem {
  edition: string;
  ring: string;
  note: string;
}

/** Where an entry stands as of one edition. */
export interface Standing {
  ring: string;
  note: string;
  movement: Movement;
  /** The edition that last reviewed the entry; differs from the asked edition when it carried over. */
  reviewedIn: string;
  /** True when the asked edition did not review the entry and its last placement carries over. */
  carried: boolean;
  /** The ring before this review, where there was one. */
  previousRing?: string;
}

/** Editions oldest first. */
export function sortEditions<T extends EditionRef>(editions: T[]): T[] {
  return [...editions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * An entry's standing as of `editionId`: its latest placement at or before that edition,
 * with movement against its previous placement. Undefined when it had not yet been placed.
 * `ringOrder` maps ring ids to their order from the centre (adopt first).
 */
export function standingAt(
  history: HistoryItem[],
  editions: EditionRef[],
  editionId: string,
  ringOrder: Map<string, number>,
): Standing | undefined {
  const dates = new Map(editions.map((e) => [e.id, e.date]));
  const asOf = dates.get(editionId);
  if (asOf === undefined) return undefined;
  const placed = history.filter((h) => (dates.get(h.edition) ?? '\uffff') <= asOf);
  const last = placed.at(-1);
  if (!last) return undefined;
  const carried = last.edition !== editionId;
  const previous = placed.at(-2);
  let movement: Movement = 'unchanged';
  if (!carried) {
    if (!previous) movement = 'new';
    else {
      const before = ringOrder.get(previous.ring) ?? 0;
      const now = ringOrder.get(last.ring) ?? 0;
      movement = now < before ? 'in' : now > before ? 'out' : 'unchanged';
    }
  }
  const standing: Standing = { ring: last.ring, note: last.note, movement, reviewedIn: last.edition, carried };
  if (previous && !carried) standing.previousRing = previous.ring;
  return standing;
}

/** True when the entry was retired at or before `editionId`. */
export function isRetiredAt(
  retired: { edition: string } | undefined,
  editions: EditionRef[],
  editionId: string,
): boolean {
  if (!retired) return false;
  const dates = new Map(editions.map((e) => [e.id, e.date]));
  const at = dates.get(retired.edition);
  const asOf = dates.get(editionId);
  return at !== undefined && asOf !== undefined && at <= asOf;
}

export const MOVEMENT_LABELS: Record<Movement, string> = {
  new: 'New',
  in: 'Moved in',
  out: 'Moved out',
  unchanged: 'No change',
};
