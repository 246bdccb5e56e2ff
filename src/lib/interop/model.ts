/**
 * The portable radar: the one shape every import produces and every export reads. Each format module
 * (aoe.ts, zalando.ts, byor.ts, backstage.ts) converts between its own files and this shape; content.ts turns it into
 * PyRadar content files and the export endpoints build it from the site's content. Pure data, no I/O.
 */

export interface PortableRing {
  /** Slug: lower-case letters, digits and hyphens. */
  id: string;
  title: string;
  /** #rrggbb, when the source gives one. */
  color?: string;
  /** Markdown. */
  description?: string;
}

export interface PortableSegment {
  /** Slug. */
  id: string;
  title: string;
  /** Markdown. */
  description?: string;
}

export interface PortableEdition {
  /** Slug, e.g. "2024-03-01" or "2024". */
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  title?: string;
}

/** An entry's placement in one edition. */
export interface PortablePlacement {
  /** Id of an edition in `radar.editions`. */
  edition: string;
  /** Id of a ring in `radar.rings`. */
  ring: string;
  /** Id of the segment from this edition on, when it differs from the previous placement's. */
  segment?: string;
  /** Why this ring in this edition, Markdown; may be empty. */
  note?: string;
}

export interface PortableEntry {
  /** Slug, unique in the radar. */
  id: string;
  title: string;
  /** Id of the current segment. */
  segment: string;
  /** Slugs. */
  tags: string[];
  /** What it is, Markdown (converted from HTML where the format has HTML). */
  description?: string;
  /** https links only; anything else is reported as skipped. */
  links: { home?: string; docs?: string; repo?: string };
  /** Oldest edition first; at least one. An edition appears at most once. */
  history: PortablePlacement[];
  /** Shown on the radar (AOE's `featured`, Zalando's `active`); false means listed but not drawn. */
  featured?: boolean;
}

export interface PortableRadar {
  title: string;
  /** From the centre outwards: index 0 is the innermost ring (Adopt on PyRadar). 1 to 6 rings. */
  rings: PortableRing[];
  /**
   * The radar's slices in PyRadar's order: segment 0 starts at 12 o'clock and runs clockwise, each taking 360°/n.
   * With four segments: 0 top right, 1 bottom right, 2 bottom left, 3 top left. 1 to 6 segments.
   */
  segments: PortableSegment[];
  /** Oldest first; at least one. */
  editions: PortableEdition[];
  entries: PortableEntry[];
}

/** Something the source had that the portable radar cannot carry: listed for the reader, never dropped silently. */
export interface Skipped {
  /** Where it was: a file, and an entry or row within it, e.g. "radar.csv, row 7 (Kotlin)". */
  where: string;
  /** The field or value left out, e.g. "isNew" or "link". */
  what: string;
  reason: string;
}

export interface ImportResult {
  radar: PortableRadar;
  skipped: Skipped[];
}

/** A file the importer cannot read: names the file and, where known, the position (line, row, JSON path). */
export class ImportError extends Error {
  // Plain fields, not parameter properties: scripts run this file in Node, which only strips types.
  readonly file: string;
  readonly position: string | undefined;
  readonly reason: string;
  constructor(file: string, position: string | undefined, reason: string) {
    super(`${file}${position ? `, ${position}` : ''}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.position = position;
    this.reason = reason;
  }
}

/** A slug from any name: lower case, ASCII letters and digits joined by single hyphens. "C++" → "c-plus-plus". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\+/g, ' plus ')
      .replace(/#/g, ' sharp ')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item'
  );
}

/** Unique slugs for a list of names, in order: a repeat gets "-2", "-3"… */
export function uniqueSlugs(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = slugify(name);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
