/**
 * Thoughtworks Build-Your-Own-Radar (github.com/thoughtworks/build-your-own-radar): a CSV or JSON list of blips with
 * `name, ring, quadrant, isNew, status, description` (description is HTML). One file is one snapshot with no date.
 *
 * What BYOR itself does, read from its source (commit 9e1f13a, 2024-09-03):
 * - src/util/contentValidator.js: the header must have name, ring, quadrant, description and isNew or status
 *   (case-sensitive, trimmed); src/util/inputSanitizer.js trims every key and value.
 * - src/util/factory.js `plotRadarGraph` (the UIRefresh2022 path, on in every environment in src/config.js): rings and
 *   quadrants are not taken from the data but from the deployment's RINGS and QUADRANTS lists (src/graphing/config.js,
 *   defaults below), matched case-insensitively with "and", "-and-" and "&" treated alike; 1 to 4 rings, exactly 4
 *   quadrants. The older `plotRadar` took both in order of first appearance (at most 4 rings, exactly 4 quadrants).
 * - src/models/radar.js gives the quadrants, in list order, the positions first, second, third, fourth, and
 *   src/graphing/components/quadrants.js `renderRadarQuadrants` draws them top left, bottom left, top right, bottom
 *   right (arcs from 0° to -90°, -90° to -180°, 90° to 0°, -180° to -270°).
 * - src/models/blip.js: `status` is New, Moved In, Moved Out or No Change (compared lower-case); when present it
 *   decides "new" over `isNew`.
 */
import { parseJson } from './json.ts';
import { csvCell } from '../api.ts';
import { markdownToHtml } from 'satteri';
import TurndownService from 'turndown';
import { standingAt } from '../radar/movement.ts';
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

/** BYOR's own defaults (src/graphing/config.js), used when every name in the file is one of them. */
export const BYOR_DEFAULT_QUADRANTS = ['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks'];
export const BYOR_DEFAULT_RINGS = ['Adopt', 'Trial', 'Assess', 'Hold'];

/** PyRadar segment for each BYOR quadrant position: top left → 3, bottom left → 2, top right → 0, bottom right → 1. */
const SEGMENT_OF_POSITION = [3, 2, 0, 1];
/** BYOR quadrant position for each PyRadar segment (the inverse of SEGMENT_OF_POSITION). */
const POSITION_OF_SEGMENT = [2, 3, 1, 0];

const COLUMNS = ['name', 'ring', 'quadrant', 'isNew', 'status', 'description'] as const;
const MAX_RINGS = 4;

export interface ByorOptions {
  /** The date of the one edition the file makes (YYYY, YYYY-MM or YYYY-MM-DD): BYOR files carry none. */
  date: string;
  /** Radar title; BYOR shows the file name without its extension, which is the default here. */
  title?: string;
  /** The deployment's QUADRANTS list, in BYOR order, when it is not BYOR's default. */
  quadrants?: string[];
  /** The deployment's RINGS list, innermost first, when it is not BYOR's default. */
  rings?: string[];
}

/** One blip as read, with where it was for messages. */
interface Row {
  /** For errors: "row 3" (CSV, header is row 1) or "[2]" (JSON). */
  position: string;
  /** For an error in one field: "row 3, column ring" or "[2].ring". */
  field: (name: string) => string;
  values: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML to Markdown

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

let turndown: TurndownService | undefined;

/**
 * Sanitised Markdown from an HTML fragment: scripts, styles and frames go, links and images with script URLs keep
 * only their text; attributes (event handlers among them) have no Markdown form and are dropped by turndown.
 */
export function htmlToMarkdown(html: string): string {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    turndown.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template']);
    turndown.addRule('unsafe-link', {
      filter: (node) => node.nodeName === 'A' && UNSAFE_URL.test(node.getAttribute('href') ?? ''),
      replacement: (content) => content,
    });
    turndown.addRule('unsafe-image', {
      filter: (node) => node.nodeName === 'IMG' && UNSAFE_URL.test(node.getAttribute('src') ?? ''),
      replacement: () => '',
    });
  }
  return turndown.turndown(html).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** An RFC 4180 record: its fields and the line it starts on. */
interface CsvRecord {
  fields: string[];
  line: number;
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks; CRLF, LF or CR end a record. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let fieldStart = true;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is no record, as in d3-dsv, which BYOR reads CSV with.
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: start });
    fields = [];
    field = '';
    fieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (fieldStart && ch === '"') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new ImportError(file, `line ${opened}`, 'a quoted cell is not closed');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new ImportError(file, `line ${line}`, 'text after the closing quote of a cell');
      fieldStart = false;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      start = line;
    } else {
      field += ch;
      fieldStart = false;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** A spreadsheet-formula neutraliser's leading quote (see `csvCell`) is ours, not the author's: take it off. */
function unneutralise(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function csvRows(text: string, file: string): Row[] {
  const records = parseCsv(text, file);
  const header = records.shift();
  if (!header) throw new ImportError(file, undefined, 'the file is empty');
  const names = header.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (name && seen.has(name)) throw new ImportError(file, 'row 1', `column "${name}" appears twice`);
    seen.add(name);
  }
  checkColumns(names, file, 'row 1');
  return records.map((record, index) => {
    const row = index + 2;
    const position = record.line === row ? `row ${row}` : `row ${row}, line ${record.line}`;
    if (record.fields.length !== names.length)
      throw new ImportError(file, position, `${record.fields.length} cells where the header has ${names.length}`);
    const values = new Map<string, string>();
    names.forEach((name, i) => {
      if (name) values.set(name, unneutralise(record.fields[i]!.trim()));
    });
    return { position, field: (name: string) => `${position}, column ${name}`, values };
  });
}

function jsonRows(text: string, file: string): Row[] {
  const data = parseJson(text, file);
  if (!Array.isArray(data)) throw new ImportError(file, undefined, 'BYOR JSON is an array of blip objects');
  if (data.length === 0) throw new ImportError(file, undefined, 'the array has no blips');
  return data.map((item: unknown, index) => {
    const position = `[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new ImportError(file, position, 'a blip must be an object');
    const values = new Map<string, string>();
    for (const [key, value] of Object.entries(item)) {
      // BYOR trims every value, so anything but a string fails there.
      if (typeof value !== 'string') throw new ImportError(file, `${position}.${key}`, 'BYOR reads only strings');
      values.set(key.trim(), value.trim());
    }
    checkColumns([...values.keys()], file, position);
    return { position, field: (name: string) => `${position}.${name}`, values };
  });
}

function checkColumns(names: string[], file: string, position: string) {
  for (const required of ['name', 'ring', 'quadrant', 'description'])
    if (!names.includes(required)) throw new ImportError(file, position, `missing "${required}"`);
  if (!names.includes('isNew') && !names.includes('status'))
    throw new ImportError(file, position, 'missing "isNew" (or "status"): BYOR needs one of them');
}

/** BYOR's name matching: case-insensitive, "and", "-and-" and "&" alike. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?:-|\s+)and(?:-|\s+)|\s*&\s*/g, ' & ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The names in BYOR order with a lookup from a row's value: the option's list, BYOR's defaults when every value is
 * one of them, otherwise the order of first appearance (BYOR's older behaviour, and the list to give it as config).
 */
function resolveNames(
  rows: Row[],
  column: 'ring' | 'quadrant',
  option: string[] | undefined,
  defaults: string[],
  file: string,
): { names: string[]; index: (row: Row) => number } {
  const label = column === 'ring' ? 'rings' : 'quadrants';
  const valid = (count: number) => (column === 'ring' ? count >= 1 && count <= MAX_RINGS : count === 4);
  const need = column === 'ring' ? '1 to 4 rings' : 'exactly 4 quadrants';
  let names: string[];
  if (option) {
    if (!valid(option.length))
      throw new ImportError(file, undefined, `the ${label} option lists ${option.length}: BYOR draws ${need}`);
    names = option;
  } else if (rows.every((row) => defaults.some((name) => normalise(name) === normalise(row.values.get(column)!)))) {
    names = defaults;
  } else {
    names = [];
    for (const row of rows) {
      const value = row.values.get(column)!;
      if (names.some((name) => normalise(name) === normalise(value))) continue;
      names.push(value);
      if (names.length > 4)
        throw new ImportError(file, row.field(column), `a fifth ${column} ("${value}"): BYOR draws ${need}`);
    }
    if (!valid(names.length))
      throw new ImportError(file, undefined, `${names.length} ${label} (${names.join(', ')}): BYOR draws ${need}`);
  }
  const lookup = new Map(names.map((name, i) => [normalise(name), i]));
  return {
    names,
    index: (row) => {
      const value = row.values.get(column)!;
      const found = lookup.get(normalise(value));
      if (found === undefined)
        throw new ImportError(
          file,
          row.field(column),
          `unknown ${column} "${value}" (the ${label}: ${names.join(', ')})`,
        );
      return found;
    },
  };
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A BYOR CSV or JSON file as a one-edition portable radar. */
export function parseByor(text: string, file: string, options?: ByorOptions): ImportResult {
  if (!options?.date)
    throw new ImportError(
      file,
      undefined,
      'a BYOR file has no date: give the date of the edition it makes (npm run import: --date YYYY-MM-DD)',
    );
  if (!DATE.test(options.date))
    throw new ImportError(file, undefined, `date "${options.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const source = text.replace(/^\uFEFF/, '');
  const json = /\.json$/i.test(file) || (!/\.csv$/i.test(file) && /^\s*[[{]/.test(source));
  const rows = json ? jsonRows(source, file) : csvRows(source, file);
  if (rows.length === 0) throw new ImportError(file, undefined, 'no blips under the header');
  for (const row of rows)
    for (const column of ['name', 'ring', 'quadrant'])
      if (!row.values.get(column)) throw new ImportError(file, row.field(column), `empty ${column}`);

  const quadrants = resolveNames(rows, 'quadrant', options.quadrants, BYOR_DEFAULT_QUADRANTS, file);
  const rings = resolveNames(rows, 'ring', options.rings, BYOR_DEFAULT_RINGS, file);
  const segmentTitles = POSITION_OF_SEGMENT.map((position) => quadrants.names[position]!);
  const segmentIds = uniqueSlugs(segmentTitles);
  const segments: PortableSegment[] = segmentTitles.map((title, i) => ({ id: segmentIds[i]!, title }));
  const ringIds = uniqueSlugs(rings.names);
  const portableRings: PortableRing[] = rings.names.map((title, i) => ({ id: ringIds[i]!, title }));

  const firstRow = new Map<string, string>();
  for (const row of rows) {
    const key = row.values.get('name')!.toLowerCase();
    const earlier = firstRow.get(key);
    if (earlier) throw new ImportError(file, row.field('name'), `"${row.values.get('name')}" is already in ${earlier}`);
    firstRow.set(key, row.position);
  }

  const skipped: Skipped[] = [];
  const ids = uniqueSlugs(rows.map((row) => row.values.get('name')!));
  const edition = { id: options.date, date: options.date };
  const entries: PortableEntry[] = rows.map((row, i) => {
    const name = row.values.get('name')!;
    const where = `${file}, ${row.position} (${name})`;
    for (const [key, value] of row.values) {
      if (!value || ['name', 'ring', 'quadrant', 'description'].includes(key)) continue;
      if (key === 'isNew' || key === 'status')
        skipped.push({
          where,
          what: `${key} "${value}"`,
          reason: 'movement needs the ring of an earlier edition, which a one-file import does not have',
        });
      else skipped.push({ where, what: key, reason: 'not a field PyRadar keeps' });
    }
    const entry: PortableEntry = {
      id: ids[i]!,
      title: name,
      segment: segmentIds[SEGMENT_OF_POSITION[quadrants.index(row)]!]!,
      tags: [],
      links: {},
      history: [{ edition: edition.id, ring: ringIds[rings.index(row)]! }],
    };
    const description = htmlToMarkdown(row.values.get('description') ?? '');
    if (description) entry.description = description;
    return entry;
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const title = options.title ?? (file.split(/[\\/]/).pop() ?? file).replace(/\.(csv|json)$/i, '');
  return {
    radar: { title, rings: portableRings, segments, editions: [edition], entries },
    skipped,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

const STATUS = { new: 'New', in: 'Moved In', out: 'Moved Out', unchanged: 'No Change' } as const;

/**
 * The RINGS and QUADRANTS values (JSON lists) to run BYOR with so it draws the exported radar as PyRadar does: BYOR
 * takes both from its configuration, not from the data.
 */
export function byorEnvironment(radar: PortableRadar): { QUADRANTS: string; RINGS: string } {
  checkShape(radar);
  return {
    QUADRANTS: JSON.stringify(SEGMENT_OF_POSITION.map((segment) => radar.segments[segment]!.title)),
    RINGS: JSON.stringify(radar.rings.map((ring) => ring.title)),
  };
}

function checkShape(radar: PortableRadar) {
  if (radar.segments.length !== 4)
    throw new Error(`BYOR draws exactly four quadrants; this radar has ${radar.segments.length} segments`);
  if (radar.rings.length > MAX_RINGS)
    throw new Error(`BYOR draws at most four rings; this radar has ${radar.rings.length}`);
}

/**
 * The radar's current placements as a BYOR file: rows by quadrant (BYOR order), ring and name, so a BYOR reading
 * quadrants and rings in order of appearance meets them in the right order whenever each quadrant has an entry.
 * Entries not drawn (`featured: false`) are left out, as BYOR has no hidden blips.
 */
export function exportByor(radar: PortableRadar, format: 'csv' | 'json'): string {
  checkShape(radar);
  const newest = radar.editions.at(-1);
  if (!newest) throw new Error('the radar has no edition');
  const ringOrder = new Map(radar.rings.map((ring, i) => [ring.id, i]));
  const ringTitle = new Map(radar.rings.map((ring) => [ring.id, ring.title]));
  const segmentIndex = new Map(radar.segments.map((segment, i) => [segment.id, i]));
  const blips = radar.entries
    .filter((entry) => entry.featured !== false)
    .map((entry) => {
      const standing = standingAt(
        entry.history.map((h) => ({ edition: h.edition, ring: h.ring, note: h.note ?? '' })),
        radar.editions,
        newest.id,
        ringOrder,
      );
      const ring = standing?.ring ?? entry.history.at(-1)!.ring;
      const segment = segmentIndex.get(entry.segment);
      if (segment === undefined) throw new Error(`entry ${entry.id}: unknown segment "${entry.segment}"`);
      if (!ringTitle.has(ring)) throw new Error(`entry ${entry.id}: unknown ring "${ring}"`);
      return {
        position: POSITION_OF_SEGMENT[segment]!,
        ringIndex: ringOrder.get(ring)!,
        row: {
          name: entry.title,
          ring: ringTitle.get(ring)!,
          quadrant: radar.segments[segment]!.title,
          isNew: entry.history[0]!.edition === newest.id ? 'TRUE' : 'FALSE',
          status: STATUS[standing?.movement ?? 'unchanged'],
          description: entry.description ? markdownToHtml(entry.description).html.trim() : '',
        },
      };
    })
    .sort(
      (a, b) =>
        a.position - b.position ||
        a.ringIndex - b.ringIndex ||
        (a.row.name.toLowerCase() < b.row.name.toLowerCase()
          ? -1
          : a.row.name.toLowerCase() > b.row.name.toLowerCase()
            ? 1
            : 0) ||
        (a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0),
    )
    .map((blip) => blip.row);
  if (format === 'json') return `${JSON.stringify(blips, null, 2)}\n`;
  const lines = [COLUMNS.join(','), ...blips.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
