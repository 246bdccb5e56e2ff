/**
 * A reader's learning progress over the profile's topics, kept in the browser (no account).
 * Pure data in, data out: the custom elements in src/client/progress/ do the storage and the DOM.
 */

/** The localStorage key. The stored value carries its own `version`, so a later format can migrate in place. */
export const STORAGE_KEY = 'pyradar:progress';
/**
 * Where a stored value this site cannot read is kept, exactly as it was, before anything is saved over it.
 * Written once: a later save never replaces it, only the reader deleting it does.
 */
export const UNREADABLE_KEY = 'pyradar:progress:unreadable';
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

/** Quoted values in messages stop at about this many characters, so a huge value never fills the page. */
export const QUOTE_LIMIT = 40;

/** `text` in double quotes, cut to `limit` characters with "…", its whitespace runs shown as one space. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  // Array.from so a cut never splits a surrogate pair; slice first so a megabyte string is not split whole.
  const head = text.slice(0, limit * 2);
  const chars = Array.from(head);
  const shown = chars.length > limit || head.length < text.length ? `${chars.slice(0, limit - 1).join('')}…` : text;
  return `"${shown.replace(/\s+/g, ' ')}"`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? quote(value) : typeof value;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Why a value is not (entirely) readable progress. */
export type Problem =
  | { kind: 'json' }
  | { kind: 'shape'; found: unknown }
  | { kind: 'no-version' }
  | { kind: 'version'; found: unknown }
  | { kind: 'topics'; found: unknown }
  | { kind: 'status'; slug: string; found: unknown }
  /** Stored progress only: this many topic entries had a bad status or name; the others were read. */
  | { kind: 'dropped'; count: number };

/** The sentence naming a value's version and the one this site reads, e.g. "This file is version 2; this site reads version 1." */
export function versionMismatch(version: unknown, subject = 'This file'): string {
  const reads = `this site reads version ${PROGRESS_VERSION}.`;
  if (typeof version === 'number') return `${subject} is version ${String(version).slice(0, QUOTE_LIMIT)}; ${reads}`;
  if (typeof version === 'string') return `${subject} is version ${quote(version)}; ${reads}`;
  return `${subject} has a "version" of ${describe(version)}; ${reads}`;
}

/** A problem in an imported file, as the import's status message says it. */
function fileProblem(problem: Problem): string {
  switch (problem.kind) {
    case 'json':
      return 'The file is not valid JSON.';
    case 'shape':
      return `Expected an object with "version" and "topics", found ${describe(problem.found)}.`;
    case 'no-version':
      return 'The "version" field is missing; this is not a PyRadar progress file.';
    case 'version':
      return versionMismatch(problem.found);
    case 'topics':
      return `"topics" must be an object of topic slugs to "known" or "learning", found ${describe(problem.found)}.`;
    case 'status':
      return `Topic ${quote(problem.slug)} has status ${describe(problem.found)}; expected "known", "learning" or "not-started".`;
    case 'dropped':
      return `${plural(problem.count, 'topic')} could not be read.`;
  }
}

type Inspection =
  | { ok: false; problem: Problem }
  | { ok: true; topics: Record<string, Status>; ignored: number; bad: { slug: string; found: unknown }[] };

/**
 * Everything readable in a progress value, and what is not. Topics this site does not have (`known` given),
 * or malformed slugs (no `known`), are ignored and counted; topics with any other status are listed as bad.
 */
function inspect(input: unknown, known?: ReadonlySet<string>): Inspection {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problem: { kind: 'json' } };
    }
  }
  if (!isPlainObject(value)) return { ok: false, problem: { kind: 'shape', found: value } };
  if (!('version' in value)) return { ok: false, problem: { kind: 'no-version' } };
  if (value['version'] !== PROGRESS_VERSION)
    return { ok: false, problem: { kind: 'version', found: value['version'] } };
  const entries = value['topics'];
  if (!isPlainObject(entries)) return { ok: false, problem: { kind: 'topics', found: entries } };
  const topics: Record<string, Status> = {};
  const bad: { slug: string; found: unknown }[] = [];
  let ignored = 0;
  for (const [slug, status] of Object.entries(entries)) {
    // The slug test also keeps a "__proto__" key out of `topics`.
    if (known ? !known.has(slug) : !SLUG.test(slug)) ignored++;
    else if (isStatus(status)) topics[slug] = status;
    else bad.push({ slug, found: status });
  }
  return { ok: true, topics, ignored, bad };
}

/** The stored form: "not-started" is the absence of an entry. */
function toProgress(topics: Record<string, Status>): Progress {
  const progress = emptyProgress();
  for (const [slug, status] of Object.entries(topics)) if (status !== 'not-started') progress.topics[slug] = status;
  return progress;
}

/**
 * Reads imported progress: a JSON string or an already parsed value.
 * A wrong shape is rejected with a message a reader can act on. Topics this site does not have
 * (`known` given) are dropped and counted, so an old export still imports after a topic goes away.
 * Without `known` (a page that lists one topic), any well-formed slug is kept.
 */
export function parseProgress(input: unknown, known?: ReadonlySet<string>): ParseResult {
  const parsed = parseImport(input, known);
  return parsed.ok ? { ok: true, progress: parsed.progress, ignored: parsed.ignored } : parsed;
}

/** A progress file to import: what it sets, the topics it sets back to "not started", and how many it ignored. */
export interface ImportFile {
  progress: Progress;
  cleared: string[];
  ignored: number;
}

/** Like `parseProgress`, and also lists the topics the file marks "not-started": importing sets those back. */
export function parseImport(
  input: unknown,
  known?: ReadonlySet<string>,
): ({ ok: true } & ImportFile) | { ok: false; error: string } {
  const read = inspect(input, known);
  if (!read.ok) return { ok: false, error: fileProblem(read.problem) };
  const [first] = read.bad;
  if (first) return { ok: false, error: fileProblem({ kind: 'status', ...first }) };
  const cleared = Object.keys(read.topics).filter((slug) => read.topics[slug] === 'not-started');
  return { ok: true, progress: toProgress(read.topics), cleared, ignored: read.ignored };
}

/** Stored progress as read: all of it, or what could be read of it and why the rest could not. */
export type StoredRead = { ok: true; progress: Progress } | { ok: false; progress: Progress; problem: Problem };

/**
 * Reads what localStorage holds (null: nothing saved). Unlike an import, a partly bad value is not rejected:
 * every topic with a good status and slug is read, the others are dropped and counted, and the result is
 * not ok, so the caller keeps the raw value aside before anything is saved over it.
 */
export function readStoredProgress(raw: string | null): StoredRead {
  if (raw === null) return { ok: true, progress: emptyProgress() };
  const read = inspect(raw);
  if (!read.ok) return { ok: false, progress: emptyProgress(), problem: read.problem };
  const progress = toProgress(read.topics);
  const dropped = read.ignored + read.bad.length;
  return dropped ? { ok: false, progress, problem: { kind: 'dropped', count: dropped } } : { ok: true, progress };
}

/**
 * What to do with the stored value `raw` before saving over it, given what UNREADABLE_KEY holds (`kept`):
 * nothing (`none`: it is readable or absent), `write` it aside, nothing because it is already aside (`kept`),
 * or do not save (`occupied`: a different value is kept aside, and writing this one would destroy it).
 */
export function asideAction(raw: string | null, kept: string | null): 'none' | 'write' | 'kept' | 'occupied' {
  if (raw === null || readStoredProgress(raw).ok) return 'none';
  if (kept === null) return 'write';
  return kept === raw ? 'kept' : 'occupied';
}

/** Where an unreadable value is: kept aside, or left in place because the aside key is taken or storage failed. */
export type AsideState = 'kept' | 'occupied' | 'failed';

/** The notice on the board and on topic pages when stored progress could not be (entirely) read. */
export function describeUnreadable(problem: Problem, aside: AsideState): string {
  const what =
    problem.kind === 'dropped'
      ? `Part of your saved progress could not be read: ${plural(problem.count, 'topic')} with a status or name this site does not know ${problem.count === 1 ? 'is' : 'are'} left out; the rest is shown.`
      : `Your saved progress could not be read: ${
          problem.kind === 'json'
            ? 'it is not valid JSON.'
            : problem.kind === 'version'
              ? versionMismatch(problem.found, 'it')
              : lowerFirst(fileProblem(problem))
        }`;
  const where = {
    kept: 'It is kept aside unchanged, and your changes will not overwrite it. Download it to keep a copy.',
    occupied:
      'An earlier unreadable value is already kept aside, so this one stays where it is and changes here are not saved. Download both, then delete the kept copy on the topics page.',
    failed:
      'This browser would not store a copy aside, so it stays where it is and changes here are not saved. Download it to keep a copy.',
  }[aside];
  return `${what} ${where}`;
}

/** The board's note while an unreadable value found earlier is kept aside. */
export const KEPT_NOTICE =
  'Saved progress this site could not read earlier is kept aside in this browser, apart from your current progress.';

/** The download of an unreadable value: .json when it parses (to fix and import), .txt otherwise. */
export function unreadableFileName(date: Date, raw: string): string {
  let json = true;
  try {
    JSON.parse(raw);
  } catch {
    json = false;
  }
  return `pyradar-progress-unreadable-${date.toISOString().slice(0, 10)}.${json ? 'json' : 'txt'}`;
}

/** A save: stored, refused by the browser (storage full or off), or held back to protect an unreadable value. */
export type SaveOutcome = 'saved' | 'refused' | 'blocked';

/** What a control says at once when its change was not saved; undefined when it was. */
export function describeSave(outcome: SaveOutcome, canExport = false): string | undefined {
  if (outcome === 'saved') return undefined;
  const why =
    outcome === 'refused'
      ? 'Not saved: this browser would not store your progress (storage full or turned off).'
      : 'Not saved: your saved progress could not be read or kept aside, so it is not overwritten.';
  return `${why} Changes on this page last until you leave it${canExport ? '; export them to keep them' : ''}.`;
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

/** An import merged in: `mergeProgress`'s counts, and how many topics it set back to "not started". */
export interface ImportResult extends MergeResult {
  cleared: number;
}

/**
 * Applies an import: its statuses as `mergeProgress` does, then its "not-started" topics cleared.
 * A topic the file sets back that had no status here counts as already set.
 */
export function applyImport(current: Progress, file: Pick<ImportFile, 'progress' | 'cleared'>): ImportResult {
  const merge = mergeProgress(current, file.progress);
  let cleared = 0;
  let unchanged = merge.unchanged;
  let progress = merge.progress;
  for (const slug of file.cleared) {
    if (statusOf(progress, slug) === 'not-started') unchanged++;
    else {
      progress = setStatus(progress, slug, 'not-started');
      cleared++;
    }
  }
  return { ...merge, progress, unchanged, cleared };
}

/**
 * The status line after an import, e.g. "Imported 14 topics: 10 new, 3 changed, 1 already set. 2 unknown topics
 * ignored.", with ", 2 set back to not started" before the first full stop when the file cleared any.
 */
export function describeImport(merge: MergeResult & { cleared?: number }, ignored: number): string {
  const cleared = merge.cleared ?? 0;
  const named = merge.added + merge.changed + merge.unchanged + cleared;
  let text =
    named === 0
      ? 'The file named no topics; nothing changed.'
      : `Imported ${plural(named, 'topic')}: ${merge.added} new, ${merge.changed} changed, ${merge.unchanged} already set${cleared ? `, ${cleared} set back to not started` : ''}.`;
  if (ignored > 0) text += ` ${plural(ignored, 'unknown topic')} ignored.`;
  return text;
}

/** A file size for people: "812 B", "3.4 kB", "1.2 MB" (1 kB = 1000 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * The "version" a JSON file states, read from its first characters only (a file too large to parse whole).
 * Only the first "version" key counts; an export writes it before the topics. Undefined when none is found.
 */
export function sniffVersion(head: string): unknown {
  const match = /"version"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|"(?:[^"\\]|\\.)*"|true|false|null)/.exec(head);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]!);
  } catch {
    return undefined;
  }
}

/** The message for a file too large to be progress: its name (cut short), size, and the version it states if not ours. */
export function describeTooLarge(name: string, bytes: number, head: string): string {
  const version = sniffVersion(head);
  const mismatch = version === undefined || version === PROGRESS_VERSION ? '' : ` ${versionMismatch(version)}`;
  return `Import failed: ${quote(name)} is ${formatSize(bytes)}, too large for a progress file (a few kB).${mismatch}`;
}
