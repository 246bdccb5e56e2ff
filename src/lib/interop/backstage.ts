/**
 * Backstage tech-radar plugin (github.com/backstage/community-plugins, workspaces/tech-radar): the JSON a
 * `TechRadarApi` returns, `TechRadarLoaderResponse` = { quadrants: [{id, name}], rings: [{id, name, color,
 * description?}], entries: [{key, id, quadrant, title, url?, description?, links?: [{url, title}], timeline: [{date,
 * ringId, description?, moved?}]}] } (plugins/tech-radar-common/src/schema.ts, checked with zod by the default loader).
 *
 * What the plugin does with it, read from @backstage-community/plugin-tech-radar 1.14.0 (the published build of
 * plugins/tech-radar/src):
 * - components/RadarComponent: the entry's current ring and `moved` are `timeline[0]`'s, so the timeline is newest
 *   first (the sample in src/defaultApi.ts is too); an entry with no timeline is an error (RadarPlot/radarPlotUtils).
 * - components/Radar/utils `adjustQuadrants`: quadrant i takes the angles i·90° to (i+1)·90° in SVG coordinates (y
 *   down), so 0 is bottom right, 1 bottom left, 2 top left, 3 top right: "clockwise starting at the bottom right", as
 *   tech-radar-common/src/model.ts documents; four sections at most.
 * - `adjustRings`: ring 0 is the innermost. Entry and timeline descriptions are rendered as Markdown.
 * - `moved`: 1 up (towards the centre), 0 no change, -1 down.
 */
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
import { parseJson } from './json.ts';

/** PyRadar segment for each Backstage quadrant index (with four): bottom right → 1, bottom left → 2, top left → 3, top right → 0. */
const SEGMENT_OF_QUADRANT = [1, 2, 3, 0];
/** Backstage quadrant index for each PyRadar segment (the inverse). */
const QUADRANT_OF_SEGMENT = [3, 0, 1, 2];

/** The plugin requires a ring colour; these are its sample's, for rings that have none. */
const FALLBACK_COLORS = ['#5ba300', '#009eb0', '#c7ba00', '#e09b96', '#8c8c8c', '#bfbfbf'];

/** The link titles PyRadar writes, and reads back as the kind of link. */
const LINK_TITLES = { home: 'Website', docs: 'Documentation', repo: 'Repository' } as const;
type LinkKind = keyof typeof LINK_TITLES;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The plugin's default page title (components/RadarPage): the JSON itself has none. */
const DEFAULT_TITLE = 'Tech Radar';

type Json = Record<string, unknown>;

/** Reads fields of one JSON object, naming the JSON path in errors and reporting fields nobody asked for. */
class Reader {
  private readonly used = new Set<string>();

  readonly file: string;
  readonly path: string;
  readonly value: Json;
  // Plain fields, not parameter properties: Node runs this file by stripping types only.
  constructor(file: string, path: string, value: Json) {
    this.file = file;
    this.path = path;
    this.value = value;
  }

  static object(file: string, path: string, value: unknown): Reader {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ImportError(file, path || undefined, 'must be an object');
    return new Reader(file, path, value as Json);
  }

  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  optional(key: string): string | undefined {
    this.used.add(key);
    const value = this.value[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ImportError(this.file, this.at(key), 'must be a string');
    return value;
  }

  string(key: string): string {
    const value = this.optional(key);
    if (value === undefined) throw new ImportError(this.file, this.at(key), 'missing');
    if (!value.trim()) throw new ImportError(this.file, this.at(key), 'empty');
    return value;
  }

  array(key: string, required: boolean): unknown[] {
    this.used.add(key);
    const value = this.value[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value))
      throw new ImportError(this.file, this.at(key), value === undefined ? 'missing' : 'must be an array');
    return value;
  }

  raw(key: string): unknown {
    this.used.add(key);
    return this.value[key];
  }

  /** A Skipped record for every field not read. */
  unknown(where: string, skipped: Skipped[]) {
    for (const key of Object.keys(this.value))
      if (!this.used.has(key)) skipped.push({ where, what: key, reason: 'not a field of the tech-radar plugin' });
  }
}

/** A tool's id kept where it is a slug, else slugified; duplicates (after that) are an error. */
function idMap(file: string, kind: string, items: { id: string; path: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const { id, path } of items) {
    if (map.has(id)) throw new ImportError(file, path, `duplicate ${kind} id "${id}"`);
    const slug = SLUG.test(id) ? id : slugify(id);
    const other = taken.get(slug);
    if (other !== undefined) throw new ImportError(file, path, `${kind} id "${id}" gives the same slug as "${other}"`);
    map.set(id, slug);
    taken.set(slug, id);
  }
  return map;
}

/** A timeline date as YYYY-MM-DD, and whether a time of day was dropped. */
function isoDay(value: unknown, file: string, path: string): { day: string; time: boolean } {
  if (typeof value === 'string' && ISO_DAY.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return { day: value, time: false };
  } else if (typeof value === 'string' || typeof value === 'number') {
    // The plugin coerces with `new Date(value)` (z.coerce.date); a date-time keeps its UTC day here.
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) {
      const iso = date.toISOString();
      return { day: iso.slice(0, 10), time: !iso.endsWith('T00:00:00.000Z') };
    }
  }
  if (value === undefined) throw new ImportError(file, path, 'missing');
  throw new ImportError(file, path, `not a date: ${JSON.stringify(value)}`);
}

function linkKind(url: string, title: string): LinkKind {
  const named = title.trim().toLowerCase();
  if (['website', 'home', 'homepage', 'home page'].includes(named)) return 'home';
  if (['documentation', 'docs'].includes(named)) return 'docs';
  if (['repository', 'repo', 'source', 'source code'].includes(named)) return 'repo';
  const parsed = URL.parse(url);
  if (!parsed) return 'home';
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (
    /^(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)$/.test(parsed.hostname) &&
    segments.length >= 2
  )
    return 'repo';
  if (/^docs\.|readthedocs\.(?:io|org)$/.test(parsed.hostname) || segments[0] === 'docs') return 'docs';
  return 'home';
}

function isHttps(url: string): boolean {
  return URL.parse(url)?.protocol === 'https:';
}

/** A tech-radar plugin JSON file as a portable radar: one edition per distinct timeline date. */
export function parseBackstage(text: string, file = 'backstage.json'): ImportResult {
  const skipped: Skipped[] = [];
  const root = Reader.object(file, '', parseJson(text.replace(/^\uFEFF/, ''), file));

  const quadrantReaders = root.array('quadrants', true).map((q, i) => Reader.object(file, `quadrants[${i}]`, q));
  if (quadrantReaders.length < 1 || quadrantReaders.length > 4)
    throw new ImportError(file, 'quadrants', `${quadrantReaders.length} quadrants: the plugin draws one to four`);
  const quadrantList = quadrantReaders.map((r) => ({ id: r.string('id'), name: r.string('name'), reader: r }));
  const quadrantIds = idMap(
    file,
    'quadrant',
    quadrantList.map((q) => ({ id: q.id, path: q.reader.at('id') })),
  );
  for (const q of quadrantList) q.reader.unknown(`${file}, ${q.reader.path} (${q.name})`, skipped);
  // With four quadrants the positions match PyRadar's four segments; with fewer the plugin leaves quarters empty,
  // which PyRadar's equal slices cannot show, so the order is kept as it is.
  const order = quadrantList.length === 4 ? QUADRANT_OF_SEGMENT : quadrantList.map((_, i) => i);
  if (quadrantList.length < 4)
    skipped.push({
      where: `${file}, quadrants`,
      what: 'empty quarters',
      reason: `the plugin draws ${quadrantList.length} quadrants in quarter circles; PyRadar divides the circle evenly`,
    });
  const segments: PortableSegment[] = order.map((i) => ({
    id: quadrantIds.get(quadrantList[i]!.id)!,
    title: quadrantList[i]!.name,
  }));

  const ringReaders = root.array('rings', true).map((r, i) => Reader.object(file, `rings[${i}]`, r));
  if (ringReaders.length < 1 || ringReaders.length > 6)
    throw new ImportError(file, 'rings', `${ringReaders.length} rings: PyRadar draws one to six`);
  const ringList = ringReaders.map((r) => ({ id: r.string('id'), reader: r }));
  const ringIds = idMap(
    file,
    'ring',
    ringList.map((r) => ({ id: r.id, path: r.reader.at('id') })),
  );
  const ringOrder = new Map<string, number>();
  const rings: PortableRing[] = ringList.map(({ id, reader }, index) => {
    const ring: PortableRing = { id: ringIds.get(id)!, title: reader.string('name') };
    ringOrder.set(id, index);
    const where = `${file}, ${reader.path} (${ring.title})`;
    const color = reader.string('color').trim();
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
    if (hex) {
      const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
      ring.color = `#${digits.toLowerCase()}`;
    } else skipped.push({ where, what: `color "${color}"`, reason: 'PyRadar keeps ring colours as #rrggbb' });
    const description = reader.optional('description');
    if (description?.trim()) ring.description = description;
    reader.unknown(where, skipped);
    return ring;
  });

  const entryReaders = root.array('entries', true).map((e, i) => Reader.object(file, `entries[${i}]`, e));
  root.unknown(file, skipped);
  const entryIds = idMap(
    file,
    'entry',
    entryReaders.map((r) => ({ id: r.string('id'), path: r.at('id') })),
  );
  const days = new Set<string>();
  const entries: PortableEntry[] = entryReaders.map((reader) => {
    const sourceId = reader.string('id');
    const title = reader.string('title');
    const where = `${file}, ${reader.path} (${title})`;
    const key = reader.optional('key');
    if (key !== undefined && key !== sourceId)
      skipped.push({ where, what: `key "${key}"`, reason: 'PyRadar keeps one id per entry, the id' });
    const quadrant = reader.string('quadrant');
    if (!quadrantIds.has(quadrant))
      throw new ImportError(file, reader.at('quadrant'), `unknown quadrant "${quadrant}"`);
    const entry: PortableEntry = {
      id: entryIds.get(sourceId)!,
      title,
      segment: quadrantIds.get(quadrant)!,
      tags: [],
      links: {},
      history: [],
    };
    const description = reader.optional('description');
    if (description?.trim()) entry.description = description;

    const links: { url: string; title: string; path: string }[] = [];
    const url = reader.optional('url');
    // '#' is the plugin's documented "no URL".
    if (url !== undefined && url.trim() !== '' && url.trim() !== '#')
      links.push({ url: url.trim(), title: '', path: reader.at('url') });
    reader.array('links', false).forEach((item, i) => {
      const link = Reader.object(file, reader.at(`links[${i}]`), item);
      links.push({ url: link.string('url').trim(), title: link.optional('title') ?? '', path: link.path });
      link.unknown(`${where}, ${link.path.slice(reader.path.length + 1)}`, skipped);
    });
    for (const link of links) {
      const at = `${where}, ${link.path.slice(reader.path.length + 1)}`;
      if (!isHttps(link.url)) {
        skipped.push({ where: at, what: `link ${link.url}`, reason: 'PyRadar keeps https links only' });
        continue;
      }
      const kind = linkKind(link.url, link.title);
      if (entry.links[kind]) {
        skipped.push({ where: at, what: `link ${link.url}`, reason: `PyRadar keeps one ${kind} link and has one` });
        continue;
      }
      entry.links[kind] = link.url;
      if (link.title && link.title !== LINK_TITLES[kind])
        skipped.push({ where: at, what: `link title "${link.title}"`, reason: `PyRadar shows it as its ${kind} link` });
    }

    const timeline = reader.array('timeline', true).map((item, index) => {
      const snapshot = Reader.object(file, reader.at(`timeline[${index}]`), item);
      const ringId = snapshot.string('ringId');
      if (!ringIds.has(ringId)) throw new ImportError(file, snapshot.at('ringId'), `unknown ring "${ringId}"`);
      const { day, time } = isoDay(snapshot.raw('date'), file, snapshot.at('date'));
      const moved = snapshot.raw('moved');
      if (moved !== undefined && moved !== -1 && moved !== 0 && moved !== 1)
        throw new ImportError(file, snapshot.at('moved'), 'must be -1, 0 or 1');
      const note = snapshot.optional('description');
      const at = `${where}, ${snapshot.path.slice(reader.path.length + 1)}`;
      if (time) skipped.push({ where: at, what: 'time of day', reason: 'PyRadar editions are dates' });
      snapshot.unknown(at, skipped);
      return { index, ringId, day, moved: moved as -1 | 0 | 1 | undefined, note, at };
    });
    if (timeline.length === 0)
      throw new ImportError(file, reader.at('timeline'), 'an entry needs at least one snapshot');
    // Oldest first; on one day the snapshot listed first wins, as the plugin reads the list newest first.
    timeline.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : b.index - a.index));
    const kept = timeline.filter((snapshot, i) => {
      const next = timeline[i + 1];
      if (next && next.day === snapshot.day) {
        skipped.push({
          where: snapshot.at,
          what: 'snapshot',
          reason: `another snapshot of ${snapshot.day} is listed before it`,
        });
        return false;
      }
      return true;
    });
    kept.forEach((snapshot, i) => {
      const previous = kept[i - 1];
      // PyRadar derives movement from the history; a `moved` that the history does not show is reported.
      let expected = 0;
      if (previous) {
        const before = ringOrder.get(previous.ringId)!;
        const now = ringOrder.get(snapshot.ringId)!;
        expected = now < before ? 1 : now > before ? -1 : 0;
      }
      if (snapshot.moved !== undefined && snapshot.moved !== expected)
        skipped.push({
          where: snapshot.at,
          what: `moved ${snapshot.moved}`,
          reason: previous
            ? 'PyRadar derives movement from the rings of the timeline, which show otherwise'
            : 'PyRadar derives movement from the timeline, which has no earlier ring',
        });
      const placement: PortablePlacement = { edition: snapshot.day, ring: ringIds.get(snapshot.ringId)! };
      if (snapshot.note?.trim()) placement.note = snapshot.note;
      entry.history.push(placement);
      days.add(snapshot.day);
    });
    reader.unknown(where, skipped);
    return entry;
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (days.size === 0) throw new ImportError(file, 'entries', 'no entries, so no dates to make an edition from');
  const editions: PortableEdition[] = [...days].sort().map((day) => ({ id: day, date: day }));
  return { radar: { title: DEFAULT_TITLE, rings, segments, editions, entries }, skipped };
}

/** A portable edition date as a full ISO day: YYYY → YYYY-01-01, YYYY-MM → YYYY-MM-01. */
function fullDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/**
 * The radar as the plugin's JSON: quadrants in the plugin's positions, each ring with a colour (the plugin requires
 * one), entries by id with `key` = `id`, timelines newest first with `moved` derived from the history (left out on
 * the first snapshot, where there is nothing to compare). Entries not drawn (`featured: false`) are left out, as the
 * plugin has no hidden entries.
 */
export function exportBackstage(radar: PortableRadar): string {
  if (radar.segments.length > 4)
    throw new Error(`the tech-radar plugin draws at most four quadrants; this radar has ${radar.segments.length}`);
  const order = radar.segments.length === 4 ? SEGMENT_OF_QUADRANT : radar.segments.map((_, i) => i);
  const ringOrder = new Map(radar.rings.map((ring, i) => [ring.id, i]));
  const segmentIds = new Set(radar.segments.map((segment) => segment.id));
  const editionDay = new Map(radar.editions.map((edition) => [edition.id, fullDay(edition.date)]));
  const entries = radar.entries
    .filter((entry) => entry.featured !== false)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => {
      if (!segmentIds.has(entry.segment)) throw new Error(`entry ${entry.id}: unknown segment "${entry.segment}"`);
      const timeline = entry.history.map((placement, i) => {
        const date = editionDay.get(placement.edition);
        if (date === undefined) throw new Error(`entry ${entry.id}: unknown edition "${placement.edition}"`);
        if (!ringOrder.has(placement.ring)) throw new Error(`entry ${entry.id}: unknown ring "${placement.ring}"`);
        const snapshot: { moved?: number; ringId: string; date: string; description?: string } = {
          ringId: placement.ring,
          date,
        };
        const previous = entry.history[i - 1];
        if (previous) {
          const before = ringOrder.get(previous.ring)!;
          const now = ringOrder.get(placement.ring)!;
          snapshot.moved = now < before ? 1 : now > before ? -1 : 0;
        }
        if (placement.note) snapshot.description = placement.note;
        return snapshot;
      });
      const links = (Object.keys(LINK_TITLES) as LinkKind[])
        .filter((kind) => entry.links[kind])
        .map((kind) => ({ url: entry.links[kind]!, title: LINK_TITLES[kind] }));
      return {
        key: entry.id,
        id: entry.id,
        title: entry.title,
        quadrant: entry.segment,
        ...(entry.description ? { description: entry.description } : {}),
        ...(links.length ? { links } : {}),
        timeline: timeline.reverse(),
      };
    });
  const response = {
    quadrants: order.map((i) => ({ id: radar.segments[i]!.id, name: radar.segments[i]!.title })),
    rings: radar.rings.map((ring, i) => ({
      id: ring.id,
      name: ring.title,
      color: ring.color ?? FALLBACK_COLORS[i] ?? '#8c8c8c',
      ...(ring.description ? { description: ring.description } : {}),
    })),
    entries,
  };
  return `${JSON.stringify(response, null, 2)}\n`;
}
