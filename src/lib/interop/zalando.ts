/**
 * Zalando tech-radar (github.com/zalando/tech-radar, MIT): the object its `radar_visualization(config)` takes, in JSON
 * form: `title`, `date`, `quadrants` [{name}], `rings` [{name, color, description}] and `entries` [{label, quadrant,
 * ring, moved, link, active}], quadrant and ring being indexes. One snapshot, so one edition.
 */
import { isHttps, isObject, parseJson } from './json.ts';
import {
  ImportError,
  type ImportResult,
  type PortableEntry,
  type PortableRadar,
  type PortableRing,
  type PortableSegment,
  type Skipped,
  uniqueSlugs,
} from './model.ts';

export interface ZalandoOptions {
  /** The edition's date (YYYY, YYYY-MM or YYYY-MM-DD), used when the file has no usable `date`. */
  date?: string;
}

/**
 * docs/radar.js draws quadrant 0 from 0 to π/2 with factor_x 1, factor_y 1 (bottom right, SVG y pointing down), then
 * clockwise: 1 bottom left, 2 top left, 3 top right. PyRadar counts clockwise from the top right, so Zalando's
 * quadrant q is PyRadar segment (q + 1) % 4.
 */
const toSegment = (quadrant: number) => (quadrant + 1) % 4;
const toQuadrant = (segment: number) => (segment + 3) % 4;

/** radar.js hard-codes four quadrants and four ring radii. */
const SIZE = 4;

/** The ring colours of Zalando's own radar (docs/index.html), for rings that carry none. */
const RING_COLORS = ['#5ba300', '#009eb0', '#c7ba00', '#e09b96'];

const MOVED: Record<number, string> = { [-1]: 'moved out', 1: 'moved in', 2: 'new' };

const TOP_KEYS = new Set(['title', 'date', 'quadrants', 'rings', 'entries']);
const ENTRY_KEYS = new Set(['label', 'quadrant', 'ring', 'moved', 'link', 'active']);

export function parseZalando(text: string, file = 'zalando.json', options: ZalandoOptions = {}): ImportResult {
  const skipped: Skipped[] = [];
  const root = parseJson(text, file);
  if (!isObject(root))
    throw new ImportError(file, undefined, 'expected a JSON object with quadrants, rings and entries');

  for (const key of Object.keys(root).sort()) {
    if (!TOP_KEYS.has(key)) {
      skipped.push({
        where: file,
        what: key,
        reason: 'a display setting of radar_visualization; PyRadar draws its own',
      });
    }
  }

  const title = optionalString(root, 'title', file, 'title') ?? 'Tech Radar';
  const date = editionDate(root, file, options, skipped);

  const quadrantNames = namedList(root, 'quadrants', file, skipped);
  const segmentIds = uniqueSlugs(quadrantNames.map((q) => q.name));
  const segments: PortableSegment[] = [];
  // PyRadar order: segment s is Zalando's quadrant toQuadrant(s).
  for (let s = 0; s < SIZE; s++) {
    const q = toQuadrant(s);
    segments.push({ id: segmentIds[q]!, title: quadrantNames[q]!.name });
  }

  const ringItems = namedList(root, 'rings', file, skipped);
  const ringIds = uniqueSlugs(ringItems.map((r) => r.name));
  const rings: PortableRing[] = ringItems.map((r, i) => {
    const ring: PortableRing = { id: ringIds[i]!, title: r.name };
    const color = r.raw['color'];
    if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) ring.color = color.toLowerCase();
    else if (color !== undefined) {
      skipped.push({ where: `${file}, rings[${i}]`, what: 'color', reason: 'not a #rrggbb colour' });
    }
    const description = optionalString(r.raw, 'description', file, `rings[${i}].description`);
    if (description?.trim()) ring.description = description.trim();
    return ring;
  });

  const list = root['entries'];
  if (!Array.isArray(list)) throw new ImportError(file, 'entries', list === undefined ? 'missing' : 'expected a list');
  const labels = new Map<string, number>();
  const parsed = list.map((raw: unknown, i) => {
    const path = `entries[${i}]`;
    if (!isObject(raw)) throw new ImportError(file, path, 'expected an object');
    const label = optionalString(raw, 'label', file, `${path}.label`)?.trim();
    if (!label) throw new ImportError(file, `${path}.label`, 'missing');
    const key = label.toLowerCase();
    const first = labels.get(key);
    if (first !== undefined) {
      throw new ImportError(file, `${path}.label`, `duplicate label "${label}" (also entries[${first}])`);
    }
    labels.set(key, i);
    const quadrant = index(raw, 'quadrant', file, path);
    const ring = index(raw, 'ring', file, path);
    const where = `${file}, ${path} (${label})`;
    for (const field of Object.keys(raw).sort()) {
      if (!ENTRY_KEYS.has(field)) skipped.push({ where, what: field, reason: 'not a field radar.js reads' });
    }
    const moved = raw['moved'];
    if (moved !== undefined && !(moved === 0 || (typeof moved === 'number' && moved in MOVED))) {
      throw new ImportError(file, `${path}.moved`, `expected -1, 0, 1 or 2, not ${JSON.stringify(moved)}`);
    }
    if (typeof moved === 'number' && moved !== 0) {
      skipped.push({
        where,
        what: 'moved',
        reason: `"${MOVED[moved]}" compares with an edition this file does not hold; export works it out from history`,
      });
    }
    const active = raw['active'];
    if (active !== undefined && typeof active !== 'boolean') {
      throw new ImportError(file, `${path}.active`, 'expected true or false');
    }
    const links: PortableEntry['links'] = {};
    const link = optionalString(raw, 'link', file, `${path}.link`)?.trim();
    if (link && isHttps(link)) links.home = link;
    else if (link) skipped.push({ where, what: 'link', reason: `not an https URL: ${link}` });
    return { label, quadrant, ring, active, links };
  });

  const ids = uniqueSlugs(parsed.map((e) => e.label));
  const entries: PortableEntry[] = parsed.map((e, i) => {
    const entry: PortableEntry = {
      id: ids[i]!,
      title: e.label,
      segment: segments[toSegment(e.quadrant)]!.id,
      tags: [],
      links: e.links,
      history: [{ edition: date, ring: rings[e.ring]!.id }],
    };
    if (e.active === false) entry.featured = false;
    return entry;
  });
  entries.sort((a, b) => a.id.localeCompare(b.id));

  return { radar: { title, rings, segments, editions: [{ id: date, date }], entries }, skipped };
}

/**
 * The radar as of its newest edition, in the form radar_visualization takes: every entry at its latest placement,
 * `moved` from its previous placement, `active` from `featured`, `link` from the first https link.
 */
export function exportZalando(radar: PortableRadar): string {
  if (radar.segments.length !== SIZE || radar.rings.length !== SIZE) {
    throw new Error(
      `Zalando's radar.js draws exactly ${SIZE} quadrants and ${SIZE} rings; this radar has ` +
        `${radar.segments.length} segments and ${radar.rings.length} rings`,
    );
  }
  const editions = radar.editions.map((e) => e.id);
  const current = radar.editions.at(-1);
  if (!current) throw new Error('the radar has no edition');
  const ringIndex = new Map(radar.rings.map((r, i) => [r.id, i]));
  const segmentIndex = new Map(radar.segments.map((s, i) => [s.id, i]));

  const entries = [...radar.entries]
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id))
    .map((entry) => {
      const history = [...entry.history].sort((a, b) => editions.indexOf(a.edition) - editions.indexOf(b.edition));
      const last = history.at(-1);
      const ring = last ? ringIndex.get(last.ring) : undefined;
      const segment = segmentIndex.get(entry.segment);
      if (ring === undefined || segment === undefined) {
        throw new Error(`entry ${entry.id}: its ring or segment is not one of the radar's`);
      }
      const out: Record<string, unknown> = { quadrant: toQuadrant(segment), ring, label: entry.title };
      const link = entry.links.home ?? entry.links.docs ?? entry.links.repo;
      if (link) out['link'] = link;
      out['active'] = entry.featured !== false;
      out['moved'] = moved(history, current.id, editions.length, ringIndex);
      return out;
    });

  const config = {
    title: radar.title,
    // Zalando writes its date as "2024.03".
    date: current.date.replaceAll('-', '.'),
    quadrants: radar.segments.map((_, q) => ({ name: radar.segments[toSegment(q)]!.title })),
    rings: radar.rings.map((r, i) => ({
      name: r.title,
      color: r.color ?? RING_COLORS[i]!,
      ...(r.description ? { description: r.description } : {}),
    })),
    entries,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** radar.js's markers: 2 new, 1 moved in, -1 moved out, 0 unchanged (and everything in a first edition). */
function moved(
  history: { edition: string; ring: string }[],
  current: string,
  editionCount: number,
  ringIndex: Map<string, number>,
): number {
  const last = history.at(-1);
  if (editionCount < 2 || last?.edition !== current) return 0;
  const previous = history.at(-2);
  if (!previous) return 2;
  const before = ringIndex.get(previous.ring) ?? 0;
  const now = ringIndex.get(last.ring) ?? 0;
  return now < before ? 1 : now > before ? -1 : 0;
}

function editionDate(root: Record<string, unknown>, file: string, options: ZalandoOptions, skipped: Skipped[]): string {
  const given = root['date'];
  if (given !== undefined) {
    const date = typeof given === 'string' || typeof given === 'number' ? normaliseDate(String(given)) : undefined;
    if (date) return date;
    if (!options.date) {
      throw new ImportError(file, 'date', `${JSON.stringify(given)} is not a date (YYYY, YYYY.MM or YYYY.MM.DD)`);
    }
    skipped.push({
      where: file,
      what: 'date',
      reason: `${JSON.stringify(given)} is not a date; the date given is used`,
    });
  }
  if (!options.date)
    throw new ImportError(file, 'date', 'missing, and no edition date was given (npm run import: --date YYYY-MM-DD)');
  const date = normaliseDate(options.date);
  if (!date)
    throw new ImportError(file, 'date', `the date given, "${options.date}", is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return date;
}

/** "2024.03", "2024-3" or "2024/03/01" → "2024-03" / "2024-03-01"; undefined when not a date. */
export function normaliseDate(text: string): string | undefined {
  const match = /^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  const ym = `${year}-${month.padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (Number(day) < 1 || Number(day) > 31) return undefined;
  return `${ym}-${day.padStart(2, '0')}`;
}

/** `quadrants` or `rings`: exactly four objects with a name. */
function namedList(
  root: Record<string, unknown>,
  key: string,
  file: string,
  skipped: Skipped[],
): { name: string; raw: Record<string, unknown> }[] {
  const list = root[key];
  if (!Array.isArray(list)) throw new ImportError(file, key, list === undefined ? 'missing' : 'expected a list');
  if (list.length !== SIZE) {
    throw new ImportError(file, key, `radar.js draws exactly ${SIZE} ${key}; this file has ${list.length}`);
  }
  const known = key === 'rings' ? ['name', 'color', 'description'] : ['name'];
  return list.map((raw: unknown, i) => {
    if (!isObject(raw)) throw new ImportError(file, `${key}[${i}]`, 'expected an object');
    const name = optionalString(raw, 'name', file, `${key}[${i}].name`)?.trim();
    if (!name) throw new ImportError(file, `${key}[${i}].name`, 'missing');
    for (const field of Object.keys(raw).sort()) {
      if (!known.includes(field)) {
        skipped.push({ where: `${file}, ${key}[${i}] (${name})`, what: field, reason: 'not a field radar.js reads' });
      }
    }
    return { name, raw };
  });
}

function index(raw: Record<string, unknown>, key: 'quadrant' | 'ring', file: string, path: string): number {
  const value = raw[key];
  if (value === undefined) throw new ImportError(file, `${path}.${key}`, 'missing');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= SIZE) {
    throw new ImportError(file, `${path}.${key}`, `unknown ${key} ${JSON.stringify(value)}; expected 0 to ${SIZE - 1}`);
  }
  return value;
}

function optionalString(raw: Record<string, unknown>, key: string, file: string, path: string): string | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ImportError(file, path, 'expected a string');
  return value;
}
