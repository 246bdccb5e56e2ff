/**
 * AOE technology radar (github.com/AOEpeople/aoe_technology_radar): a folder holding `config.json` (rings and
 * quadrants, or `segments` from AOE 5) and `radar/<release date>/<id>.md`, one Markdown file with YAML frontmatter per
 * item in each release where it is new or changed. scripts/buildData.ts merges an item's files in release order: a
 * field a later file leaves out keeps its earlier value, and the newest non-empty body is the item's text.
 */
import { stringify as toYaml, YAMLParseError } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import {
  ImportError,
  type ImportResult,
  type PortableEdition,
  type PortableEntry,
  type PortablePlacement,
  type PortableRadar,
  type PortableRing,
  type PortableSegment,
  type Skipped,
  slugify,
} from './model.ts';
import { isObject, parseJson } from './json.ts';

/**
 * AOE 4 (scripts/positioner.ts and src/components/Radar/Chart.tsx) starts config.quadrants[i] at startAngles[i] of
 * [270, 0, 180, 90] degrees clockwise from 12 o'clock: 0 top left, 1 top right, 2 bottom left, 3 bottom right. AOE 5
 * starts segments[i] at i × 360/n, which is PyRadar's own order. So PyRadar segment k is AOE 4 quadrant V4_ORDER[k].
 */
const V4_START_ANGLES = [270, 0, 180, 90];
const V4_ORDER = [1, 3, 2, 0];

/** AOE's default ring geometry (data/config.default.json), for a four-ring export. */
const RING_RADII_4 = [0.5, 0.69, 0.85, 1];
const RING_STROKES_4 = [5, 3, 2, 0.75];
/** AOE's default colours; AOE needs a colour for every ring and segment. */
const RING_COLORS = ['#588157', '#457b9d', '#bc6c25', '#d62828', '#6d597a', '#8d99ae'];
const SEGMENT_COLORS = ['#40713f', '#588157', '#3f633e', '#a3b18a', '#344e41', '#52796f'];

const ITEM_KEYS = new Set(['title', 'ring', 'quadrant', 'segment', 'tags', 'featured']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RELEASE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ITEM_PATH = /^radar\/([^/]+)\/([^/]+)\.md$/;

export interface AoeExportOptions {
  /** 4 writes `quadrants` (exactly four); 5 writes `segments` (one to six). Default: 4 when the radar has four. */
  version?: 4 | 5;
}

interface Revision {
  path: string;
  release: string;
  data: Record<string, unknown>;
  body: string;
}

export function parseAoe(files: Map<string, string>): ImportResult {
  const skipped: Skipped[] = [];
  const configText = files.get('config.json');
  if (configText === undefined) throw new ImportError('config.json', undefined, 'missing from the radar folder');
  const config = parseJson(configText, 'config.json');
  if (!isObject(config)) throw new ImportError('config.json', undefined, 'expected a JSON object');

  const { segments, segmentIds } = readSegments(config, skipped);
  const { rings, ringIds } = readRings(config, skipped);
  const labels = config['labels'];
  const title = isObject(labels) && typeof labels['title'] === 'string' ? labels['title'] : 'Technology Radar';
  for (const key of Object.keys(config).sort()) {
    if (['quadrants', 'segments', 'rings', 'labels', 'tags'].includes(key)) continue;
    skipped.push({ where: 'config.json', what: key, reason: "a setting of AOE's site; PyRadar has its own" });
  }
  if (isObject(labels)) {
    const other = Object.keys(labels).filter((k) => k !== 'title');
    if (other.length) {
      skipped.push({ where: 'config.json', what: `labels (${other.join(', ')})`, reason: "AOE's interface text" });
    }
  }
  const tagFilter = Array.isArray(config['tags']) ? config['tags'].filter((t) => typeof t === 'string') : [];

  // Group every item file by id, in release order (the folder names are dates, so they sort as text).
  const byId = new Map<string, Revision[]>();
  for (const path of [...files.keys()].sort()) {
    if (path === 'config.json') continue;
    const match = ITEM_PATH.exec(path);
    if (!match) {
      skipped.push({ where: path, what: 'file', reason: 'not a radar item (radar/<release>/<id>.md)' });
      continue;
    }
    const [, release, id] = match as unknown as [string, string, string];
    if (!isRelease(release)) {
      throw new ImportError(path, undefined, `release folder "${release}" is not a date (YYYY-MM-DD)`);
    }
    const { data, body } = readItemFile(path, files.get(path)!);
    const revisions = byId.get(id) ?? [];
    revisions.push({ path, release, data, body });
    byId.set(id, revisions);
  }

  const entries: PortableEntry[] = [];
  const takenIds = new Map<string, string>();
  for (const [fileId, revisions] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    revisions.sort((a, b) => a.release.localeCompare(b.release));
    const first = revisions[0]!;
    const id = SLUG.test(fileId) ? fileId : slugify(fileId);
    const clash = takenIds.get(id);
    if (clash) throw new ImportError(first.path, undefined, `duplicate id "${id}" (also ${clash})`);
    takenIds.set(id, first.path);

    const entry = mergeItem(id, fileId, revisions, ringIds, segmentIds, skipped);
    if (tagFilter.length && !entry.sourceTags.some((t) => tagFilter.includes(t))) {
      skipped.push({
        where: first.path,
        what: 'item',
        reason: `config.json "tags" shows only items tagged ${tagFilter.join(', ')}, so AOE leaves it out`,
      });
      continue;
    }
    entries.push(entry.entry);
  }

  const releases = [...new Set(entries.flatMap((e) => e.history.map((h) => h.edition)))].sort();
  if (!releases.length) throw new ImportError('radar', undefined, 'holds no radar item');
  const editions: PortableEdition[] = releases.map((r) => ({ id: r, date: r }));
  return { radar: { title, rings, segments, editions, entries }, skipped };
}

/** One item from its files, merged as buildData.ts merges them. */
function mergeItem(
  id: string,
  fileId: string,
  revisions: Revision[],
  ringIds: Map<string, string>,
  segmentIds: Map<string, string>,
  skipped: Skipped[],
): { entry: PortableEntry; sourceTags: string[] } {
  let title = fileId;
  let tags: string[] = [];
  let featured = true;
  let ring: string | undefined;
  // An item whose first file names no quadrant takes the first one a later file names, as the merged item does.
  let segment = revisions.map((r) => segmentOf(r)).find((s) => s !== undefined);
  const history: PortablePlacement[] = [];
  let previousSegment: string | undefined;
  const bodies: string[] = [];

  for (const revision of revisions) {
    const { data, path } = revision;
    for (const key of Object.keys(data).sort()) {
      if (!ITEM_KEYS.has(key)) skipped.push({ where: path, what: key, reason: 'not a field AOE reads' });
    }
    if (data['title'] !== undefined && data['title'] !== null && data['title'] !== '') title = String(data['title']);
    if (data['tags'] !== undefined && data['tags'] !== null) {
      if (!Array.isArray(data['tags']) || data['tags'].some((t) => typeof t !== 'string' && typeof t !== 'number')) {
        throw new ImportError(path, 'tags', 'expected a list of tags');
      }
      tags = data['tags'].map(String);
    }
    if (typeof data['featured'] === 'boolean') featured = data['featured'];
    else if (data['featured'] !== undefined) {
      skipped.push({ where: path, what: 'featured', reason: 'not true or false, so AOE ignores it' });
    }

    const ringName = optionalId(data, 'ring', path);
    if (ringName !== undefined) {
      ring = ringIds.get(ringName);
      if (!ring) throw new ImportError(path, 'ring', `unknown ring "${ringName}"; config.json has ${list(ringIds)}`);
    } else if (!ring) throw new ImportError(path, 'ring', 'missing');

    const segmentName = segmentOf(revision) ?? segment;
    if (segmentName === undefined) throw new ImportError(path, 'quadrant', 'missing');
    const segmentId = segmentIds.get(segmentName);
    if (!segmentId) {
      const field = data['segment'] !== undefined ? 'segment' : 'quadrant';
      throw new ImportError(path, field, `unknown ${field} "${segmentName}"; config.json has ${list(segmentIds)}`);
    }
    segment = segmentName;

    const placement: PortablePlacement = { edition: revision.release, ring };
    if (previousSegment !== undefined && segmentId !== previousSegment) placement.segment = segmentId;
    previousSegment = segmentId;
    history.push(placement);
    bodies.push(sanitiseMarkdown(revision.body).trim());
  }

  // The segment an item started in is written down only when it later moved.
  if (history.some((h) => h.segment)) {
    history[0]!.segment = segmentIds.get(revisions.map((r) => segmentOf(r)).find((s) => s !== undefined)!)!;
  }
  // The newest non-empty body is what AOE shows as the item's text; older bodies are what each release said.
  const last = bodies.length - 1;
  let shown = -1;
  bodies.forEach((body, i) => {
    if (body) shown = i;
  });
  bodies.forEach((body, i) => {
    if (body && i !== last) history[i]!.note = body;
  });

  const entry: PortableEntry = {
    id,
    title,
    segment: segmentIds.get(segment!)!,
    tags: [...new Set(tags.map(slugify))],
    links: {},
    history,
  };
  if (shown >= 0) entry.description = bodies[shown]!;
  if (!featured) entry.featured = false;
  return { entry, sourceTags: tags };
}

/** AOE 5 reads `segment` first and falls back on the older `quadrant`. */
function segmentOf(revision: Revision): string | undefined {
  return optionalId(revision.data, 'segment', revision.path) ?? optionalId(revision.data, 'quadrant', revision.path);
}

function optionalId(data: Record<string, unknown>, key: string, path: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ImportError(path, key, 'expected an id');
  return value;
}

function readItemFile(path: string, text: string): { data: Record<string, unknown>; body: string } {
  try {
    const { data, body } = splitFrontmatter(text);
    return { data, body };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // The frontmatter starts on the file's second line, after the opening `---`.
      const at = error.linePos?.[0];
      const position = at ? `line ${at.line + 1}, column ${at.col}` : 'frontmatter';
      throw new ImportError(path, position, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}

function readSegments(
  config: Record<string, unknown>,
  skipped: Skipped[],
): { segments: PortableSegment[]; segmentIds: Map<string, string> } {
  const v5 = config['segments'] !== undefined;
  const key = v5 ? 'segments' : 'quadrants';
  const list = config[key];
  if (list === undefined) throw new ImportError('config.json', 'quadrants', 'missing (AOE 5: segments)');
  if (!Array.isArray(list)) throw new ImportError('config.json', key, 'expected a list');
  const max = v5 ? 6 : 4;
  if (list.length < 1 || list.length > max) {
    throw new ImportError('config.json', key, `AOE ${v5 ? 5 : 4} draws 1 to ${max} ${key}; this has ${list.length}`);
  }
  if (v5 && config['quadrants'] !== undefined) {
    skipped.push({ where: 'config.json', what: 'quadrants', reason: 'AOE 5 reads "segments" and ignores it' });
  }
  const items = readNamed(list, key, ['id', 'title', 'description', 'color', 'label'], skipped);
  // Clockwise from 12 o'clock: AOE 5 keeps array order; AOE 4 places each quadrant at its start angle.
  const order = v5
    ? items.map((_, i) => i)
    : items.map((_, i) => i).sort((a, b) => V4_START_ANGLES[a]! - V4_START_ANGLES[b]!);
  const segmentIds = new Map(items.map((s) => [s.sourceId, s.id]));
  const segments = order.map((i) => {
    const item = items[i]!;
    if (item.raw['color'] !== undefined) {
      skipped.push({
        where: `config.json, ${key}[${i}] (${item.sourceId})`,
        what: 'color',
        reason: 'the portable radar has no segment colours',
      });
    }
    if (item.raw['label'] !== undefined) {
      skipped.push({
        where: `config.json, ${key}[${i}] (${item.sourceId})`,
        what: 'label',
        reason: "AOE's chart label",
      });
    }
    const segment: PortableSegment = { id: item.id, title: item.title };
    if (item.description) segment.description = item.description;
    return segment;
  });
  return { segments, segmentIds };
}

function readRings(
  config: Record<string, unknown>,
  skipped: Skipped[],
): { rings: PortableRing[]; ringIds: Map<string, string> } {
  const list = config['rings'];
  if (list === undefined) throw new ImportError('config.json', 'rings', 'missing');
  if (!Array.isArray(list)) throw new ImportError('config.json', 'rings', 'expected a list');
  if (list.length < 1 || list.length > 6) {
    throw new ImportError('config.json', 'rings', `PyRadar takes 1 to 6 rings; this has ${list.length}`);
  }
  const items = readNamed(list, 'rings', ['id', 'title', 'description', 'color', 'radius', 'strokeWidth'], skipped);
  const rings = items.map((item, i) => {
    const ring: PortableRing = { id: item.id, title: item.title };
    const color = item.raw['color'];
    const where = `config.json, rings[${i}] (${item.sourceId})`;
    if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) ring.color = color.toLowerCase();
    else if (color !== undefined) skipped.push({ where, what: 'color', reason: 'not a #rrggbb colour' });
    if (item.description) ring.description = item.description;
    for (const field of ['radius', 'strokeWidth']) {
      if (item.raw[field] !== undefined) {
        skipped.push({ where, what: field, reason: "AOE's ring drawing; PyRadar draws its own rings" });
      }
    }
    return ring;
  });
  return { rings, ringIds: new Map(items.map((r) => [r.sourceId, r.id])) };
}

/** Rings or segments: objects with a unique `id` and a `title`. */
function readNamed(list: unknown[], key: string, known: string[], skipped: Skipped[]) {
  const seen = new Map<string, number>();
  return list.map((raw, i) => {
    const path = `${key}[${i}]`;
    if (!isObject(raw)) throw new ImportError('config.json', path, 'expected an object');
    const sourceId = raw['id'];
    if (typeof sourceId !== 'string' || !sourceId.trim()) throw new ImportError('config.json', `${path}.id`, 'missing');
    const title = raw['title'];
    if (typeof title !== 'string' || !title.trim()) {
      throw new ImportError('config.json', `${path}.title`, 'missing');
    }
    const id = SLUG.test(sourceId) ? sourceId : slugify(sourceId);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError('config.json', `${path}.id`, `duplicate id "${sourceId}" (also ${key}[${first}])`);
    }
    seen.set(id, i);
    const description = typeof raw['description'] === 'string' ? raw['description'].trim() : '';
    for (const field of Object.keys(raw).sort()) {
      if (!known.includes(field)) {
        skipped.push({ where: `config.json, ${path} (${sourceId})`, what: field, reason: 'not a field AOE reads' });
      }
    }
    return { sourceId, id, title: title.trim(), description, raw };
  });
}

function isRelease(name: string): boolean {
  const match = RELEASE.exec(name);
  if (!match) return false;
  const [, , month, day] = match;
  return (
    (month === undefined || (Number(month) >= 1 && Number(month) <= 12)) &&
    (day === undefined || (Number(day) >= 1 && Number(day) <= 31))
  );
}

function list(ids: Map<string, string>): string {
  return [...ids.keys()].join(', ');
}

/**
 * AOE renders item bodies, raw HTML included, with marked. Keeps the Markdown but drops what would run script: <script>,
 * <style> and <iframe> elements, on… attributes and javascript: links.
 */
export function sanitiseMarkdown(markdown: string): string {
  return markdown
    .replace(/<(script|style|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(script|style|iframe)\b[^>]*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag
        .replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/\s+(?:href|src)\s*=\s*(?:"\s*javascript:[^"]*"|'\s*javascript:[^']*'|javascript:[^\s>]*)/gi, ''),
    )
    .replace(/\[([^\]]*)\]\(\s*<?javascript:(?:[^()]|\([^()]*\))*\)/gi, '$1');
}

/**
 * The folder AOE reads: config.json and, for every entry, a file in each release where it is first placed, changes
 * ring or segment, or has a note. Release folders are named by the edition's date. An entry's description becomes the
 * body of its newest file (what AOE shows as the item's text); earlier files carry their placement's note.
 */
export function exportAoe(radar: PortableRadar, options: AoeExportOptions = {}): Map<string, string> {
  const n = radar.segments.length;
  const version = options.version ?? (n === 4 ? 4 : 5);
  if (version === 4 && n !== 4) {
    throw new Error(`AOE 4 draws exactly four quadrants; this radar has ${n} segments (export for AOE 5 instead)`);
  }
  const folders = new Map<string, string>();
  for (const edition of radar.editions) {
    const other = [...folders].find(([, date]) => date === edition.date);
    if (other) throw new Error(`editions ${other[0]} and ${edition.id} share the date ${edition.date}`);
    folders.set(edition.id, edition.date);
  }

  const segmentConfig = radar.segments.map((s, k) => ({
    id: s.id,
    title: s.title,
    description: s.description ?? '',
    color: SEGMENT_COLORS[k]!,
  }));
  const segmentsInOrder = version === 4 ? V4_ORDER.map((_, j) => segmentConfig[V4_ORDER.indexOf(j)]!) : segmentConfig;
  const rings = radar.rings.map((r, i) => ({
    id: r.id,
    title: r.title,
    description: r.description ?? '',
    color: r.color ?? RING_COLORS[i]!,
    radius: radar.rings.length === 4 ? RING_RADII_4[i]! : ringRadius(i, radar.rings.length),
    ...(radar.rings.length === 4 ? { strokeWidth: RING_STROKES_4[i]! } : {}),
  }));
  const config = {
    labels: { title: radar.title },
    [version === 4 ? 'quadrants' : 'segments']: segmentsInOrder,
    rings,
  };
  const files = new Map<string, string>([['config.json', `${JSON.stringify(config, null, 2)}\n`]]);

  const order = radar.editions.map((e) => e.id);
  const field = version === 4 ? 'quadrant' : 'segment';
  for (const entry of [...radar.entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const history = [...entry.history].sort((a, b) => order.indexOf(a.edition) - order.indexOf(b.edition));
    let ring: string | undefined;
    let segment: string | undefined;
    const written: { placement: PortablePlacement; segment: string }[] = [];
    for (const placement of history) {
      const now = placement.segment ?? segment ?? entry.segment;
      if (!written.length || placement.ring !== ring || now !== segment || placement.note) {
        written.push({ placement, segment: now });
      }
      ring = placement.ring;
      segment = now;
    }
    written.forEach(({ placement, segment }, i) => {
      const folder = folders.get(placement.edition);
      if (!folder) throw new Error(`entry ${entry.id}: edition ${placement.edition} is not one of the radar's`);
      const data: Record<string, unknown> = { title: entry.title, ring: placement.ring, [field]: segment };
      if (entry.tags.length) data['tags'] = entry.tags;
      if (entry.featured === false) data['featured'] = false;
      const body = (i === written.length - 1 ? (entry.description ?? placement.note) : placement.note) ?? '';
      const text = `---\n${toYaml(data)}---\n${body ? `\n${body.trim()}\n` : ''}`;
      files.set(`radar/${folder}/${entry.id}.md`, text);
    });
  }
  return new Map(
    [...files].sort(([a], [b]) => (a === 'config.json' ? -1 : b === 'config.json' ? 1 : a.localeCompare(b))),
  );
}

/** Outer edge of ring i of n as a fraction of the radius, the innermost half as wide as the chart's radius. */
function ringRadius(i: number, n: number): number {
  return n === 1 ? 1 : Math.round((0.5 + (0.5 * i) / (n - 1)) * 100) / 100;
}
