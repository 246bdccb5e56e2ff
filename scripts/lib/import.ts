/**
 * `npm run import`: a radar from another tool into PyRadar content. Reads the input, converts it through the portable
 * radar (src/lib/interop), writes the files to a scratch folder and checks them with the content check; only content
 * that passes is moved into place, so a bad input writes nothing.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { listFiles } from './site.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblems } from '../../src/lib/content/references.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { radarContent } from '../../src/lib/interop/content.ts';
import { ImportError, type ImportResult, type Skipped } from '../../src/lib/interop/model.ts';
import { parseAoe } from '../../src/lib/interop/aoe.ts';
import { parseZalando } from '../../src/lib/interop/zalando.ts';
import { parseByor } from '../../src/lib/interop/byor.ts';
import { parseBackstage } from '../../src/lib/interop/backstage.ts';

export const FORMATS = {
  aoe: 'AOE technology radar',
  zalando: 'Zalando tech radar',
  byor: 'Build-Your-Own-Radar sheet',
  backstage: 'Backstage tech-radar',
} as const;
export type Format = keyof typeof FORMATS;

export interface ImportOptions {
  from: Format;
  /** A file, or for AOE the radar's folder (holding config.json and radar/). */
  input: string;
  /** The content folder to write: it must be empty or missing, unless `replace`. */
  into: string;
  replace?: boolean;
  /** The edition's date, for formats that carry none (YYYY-MM-DD). */
  date?: string;
  /** The radar's title, for formats that carry none. */
  title?: string;
}

export interface ImportReport {
  files: number;
  counts: { rings: number; segments: number; editions: number; entries: number };
  skipped: Skipped[];
}

/** Every file of a folder, by path relative to it (forward slashes). */
function readFolder(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** The input read and converted to the portable radar; ImportError on anything unreadable. */
export function readRadar(options: Pick<ImportOptions, 'from' | 'input' | 'date' | 'title'>): ImportResult {
  const { from, input } = options;
  if (!existsSync(input)) throw new ImportError(input, undefined, 'no such file or folder');
  const folder = statSync(input).isDirectory();
  if (from === 'aoe') {
    if (!folder) throw new ImportError(input, undefined, 'an AOE radar is a folder holding config.json and radar/');
    return parseAoe(readFolder(input));
  }
  if (folder) throw new ImportError(input, undefined, `a ${FORMATS[from]} is one file, not a folder`);
  const text = readFileSync(input, 'utf8');
  const name = basename(input);
  if (from === 'zalando') return parseZalando(text, name, options.date ? { date: options.date } : {});
  // BYOR carries no date: the parser says so when none is given.
  if (from === 'byor')
    return parseByor(text, name, { date: options.date ?? '', ...(options.title ? { title: options.title } : {}) });
  return parseBackstage(text, name);
}

/** Converts, checks and writes; throws ImportError for bad input and Error (with every problem) for content that fails the check. */
export function runImport(options: ImportOptions): ImportReport {
  const { radar, skipped } = readRadar(options);
  if (options.title) radar.title = options.title;
  const content = radarContent(radar, { format: FORMATS[options.from], file: basename(options.input) }, skipped);
  const scratch = mkdtempSync(join(tmpdir(), 'pyradar-import-'));
  try {
    for (const [path, text] of content.files) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const { problems } = loadContent(scratch, scratch);
    if (problems.length)
      throw new Error(
        `the imported radar does not pass the content check; nothing was written:\n${formatProblems(problems)}`,
      );
    const held = existsSync(options.into) ? readdirSync(options.into) : [];
    if (held.length && !options.replace)
      throw new Error(
        `${options.into} already holds content (${held.slice(0, 4).join(', ')}${held.length > 4 ? ', …' : ''}); pass --replace to replace it, or --into an empty folder`,
      );
    // Replace whole collections: leftovers of the old radar would point at rings, segments or entries that are gone.
    for (const name of COLLECTION_NAMES) rmSync(join(options.into, name), { recursive: true, force: true });
    mkdirSync(options.into, { recursive: true });
    cpSync(scratch, options.into, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    files: content.files.size,
    counts: {
      rings: radar.rings.length,
      segments: radar.segments.length,
      editions: radar.editions.length,
      entries: radar.entries.length,
    },
    skipped: content.skipped,
  };
}
