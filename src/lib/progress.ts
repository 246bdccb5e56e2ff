/**
 * A reader's learning progress over the profile's topics, kept in the browser (no account).
 * Pure data in, data out: the custom elements in src/client/progress/ do the storage and the DOM.
 */

/** The localStorage key. The stored value carries its own `version`, so a later format can migrate in place. */
export const STORAGE_KEY = 'pyradar:progress';
export const PROGRESS_VERSION = 1;

export const STATUSES = ['not-started', 'learning', 'known'] as const;
export type Status = (typeof STATUSES)[number];
/** Only these are stored; "not started" is the absence of an entry. */
export type StoredStatus = Exclude<Status, 'not-started'>;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  topics: Record<string, StoredStatus>;
}

export type ParseResult = { ok: true; progress: Progress; ignored: number } | { ok: false; error: string };

export const STATUS_LABELS: Record<Status, string> = {
  'not-started': 'Not started',
  learning: 'Learning',
  known: 'Known',
};

// Same form as src/schemas/common.ts SLUG, copied so the client bundle does not pull in zod.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, topics: {} };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

/**
 * Reads stored or imported progress: a JSON string or an already parsed value.
 * A wrong shape is rejected with a message a reader can act on. Topics this site does not have
 * (`known` given) are dropped and counted, so an old export still imports after a topic goes away.
 * Without `known` (a page that lists one topic), any well-formed slug is kept.
 */
export function parseProgress(input: unknown, known?: ReadonlySet<string>): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: 'The file is not valid JSON.' };
    }
  }
  if (!isPlainObject(value))
    return { ok: false, error: `Expected an object with "version" and "topics", found ${describe(value)}.` };
  if (!('version' in value))
    return { ok: false, error: 'The "version" field is missing; this is not a PyRadar progress file.' };
  if (value['version'] !== PROGRESS_VERSION)
    return {
      ok: false,
      error: `Unsupported version ${describe(value['version'])}; this site reads version ${PROGRESS_VERSION}.`,
    };
  const topics = value['topics'];
  if (!isPlainObject(topics))
    return {
      ok: false,
      error: `"topics" must be an object of topic slugs to "known" or "learning", found ${describe(topics)}.`,
    };
  const progress = emptyProgress();
  let ignored = 0;
  for (const [slug, status] of Object.entries(topics)) {
    if (known ? !known.has(slug) : !SLUG.test(slug)) {
      ignored++;
      continue;
    }
    if (status === 'not-started') continue;
    if (status !== 'known' && status !== 'learning') {
      return {
        ok: false,
        error: `Topic "${slug}" has status ${describe(status)}; expected "known", "learning" or "not-started".`,
      };
    }
    progress.topics[slug] = status;
  }
  return { ok: true, progress, ignored };
}

export function statusOf(progress: Progress, slug: string): Status {
  return Object.hasOwn(progress.topics, slug) ? progress.topics[slug]! : 'not-started';
}

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/** A copy with one topic's status set; "not-started" clears it. */
export function setStatus(progress: Progress, slug: string, status: Status): Progress {
  const topics = { ...progress.topics };
  if (status === 'not-started') delete topics[slug];
  else topics[slug] = status;
  return { version: PROGRESS_VERSION, topics };
}

export interface MergeResult {
  progress: Progress;
  /** Topics the import named that had no status here. */
  added: number;
  /** Topics whose status the import changed. */
  changed: number;
  /** Topics the import named with the status they already had. */
  unchanged: number;
}

/**
 * Merges an import into the current progress. Where both name a topic the import wins:
 * it is what the reader just chose to load. Topics only the current progress names are kept.
 */
export function mergeProgress(current: Progress, incoming: Progress): MergeResult {
  const topics = { ...current.topics };
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [slug, status] of Object.entries(incoming.topics)) {
    const before = statusOf(current, slug);
    if (before === status) unchanged++;
    else if (before === 'not-started') added++;
    else changed++;
    topics[slug] = status;
  }
  return { progress: { version: PROGRESS_VERSION, topics }, added, changed, unchanged };
}

export interface Counts {
  total: number;
  known: number;
  learning: number;
}

export interface Summary extends Counts {
  byCategory: Record<string, Counts>;
}

/** Counts per category and overall, over the topics the site lists (stored slugs it does not list are not counted). */
export function summarise(progress: Progress, topics: readonly { slug: string; category: string }[]): Summary {
  const summary: Summary = { total: 0, known: 0, learning: 0, byCategory: {} };
  for (const { slug, category } of topics) {
    // biome-ignore lint/suspicious/noAssignInExpressions: create-or-get in one step; the built bundle stays as it was.
    const counts = (summary.byCategory[category] ??= { total: 0, known: 0, learning: 0 });
    const status = statusOf(progress, slug);
    for (const c of [summary, counts]) {
      c.total++;
      if (status === 'known') c.known++;
      if (status === 'learning') c.learning++;
    }
  }
  return summary;
}

/** "12 of 92 known, 5 learning" */
export function formatCounts(counts: Counts): string {
  return `${counts.known} of ${counts.total} known, ${counts.learning} learning`;
}

/** The export file: stable key order so two exports of the same progress are byte-identical. */
export function serialiseProgress(progress: Progress): string {
  const topics = Object.fromEntries(Object.entries(progress.topics).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: PROGRESS_VERSION, topics }, null, 2)}\n`;
}

export function exportFileName(date: Date): string {
  return `pyradar-progress-${date.toISOString().slice(0, 10)}.json`;
}

/** The status line after an import, e.g. "Imported 14 topics: 10 new, 3 changed, 1 already set. 2 unknown topics ignored." */
export function describeImport(merge: MergeResult, ignored: number): string {
  const named = merge.added + merge.changed + merge.unchanged;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let text =
    named === 0
      ? 'The file named no topics; nothing changed.'
      : `Imported ${plural(named, 'topic')}: ${merge.added} new, ${merge.changed} changed, ${merge.unchanged} already set.`;
  if (ignored > 0) text += ` ${plural(ignored, 'unknown topic')} ignored.`;
  return text;
}
