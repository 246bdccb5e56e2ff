import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PackagesJson } from '../../src/lib/api.ts';
import { asPackagesData } from '../../src/lib/deps/data.ts';
import { parseDependencyFile } from '../../src/lib/deps/parse.ts';
import { checkDependencies, reportJson, reportMarkdown, reportText } from '../../src/lib/deps/report.ts';
import type { Dependency } from '../../src/lib/deps/types.ts';
import { DEFAULT_SITE } from './site.ts';

/** The project this script belongs to: its content/ is the default data. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const USAGE = `Usage: pyradar-check [options] <file>...

Checks Python dependency files against PyRadar: which packages the radar places, in which ring, and what to use
instead of those in Hold. Reads requirements files (*.txt, *.in, following -r and -c), pyproject.toml, Pipfile,
Pipfile.lock, poetry.lock and uv.lock. Several files make one report.

Options:
  --format text|markdown|json   output format (default: text)
  --fail-on <ring>[,<ring>]     exit 1 when a package sits in one of these rings (default: hold; "none" never fails)
  --data <file.json | URL>      a saved /api/packages.json, or its URL (default: computed from this project's content/)
  --help                        show this help

Exit status: 0 when no package sits in a --fail-on ring, 1 when one does, 2 for a file that cannot be read or bad
arguments. Lines the reader cannot make sense of are printed as warnings (file:line: message) and do not change it.
`;

export interface CheckIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Fetches --data URLs; the global fetch unless a test gives another. */
  fetch?: typeof fetch;
}

/** A failure that ends the run with exit status 2 and this message. */
class UsageError extends Error {}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The packages data from this project's content, as the site publishes it at /api/packages.json. */
export async function contentPackagesData(
  env: Record<string, string | undefined>,
  warn: (text: string) => void,
): Promise<PackagesJson> {
  // Loaded only when needed: the content loader and its schemas take a while to import, and --data needs none of it.
  const { loadContent } = await import('../../src/lib/content/load.ts');
  const { packagesJson } = await import('../../src/lib/api.ts');
  const { set, problems } = loadContent(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  if (problems.length)
    warn(
      `content/ has ${problems.length} problem(s) (npm run check:content lists them); checking against what it could read`,
    );
  return packagesJson(set, env['BASE_PATH'] ?? '/', env['SITE'] ?? DEFAULT_SITE);
}

async function loadData(source: string | undefined, io: CheckIo, warn: (text: string) => void): Promise<PackagesJson> {
  if (source === undefined) {
    try {
      return await contentPackagesData(io.env, warn);
    } catch (error) {
      throw new UsageError(`cannot compute the packages data from content/: ${(error as Error).message}`);
    }
  }
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await (io.fetch ?? fetch)(source, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new UsageError(`--data ${source}: cannot fetch it: ${(error as Error).message}`);
    }
    if (!response.ok) throw new UsageError(`--data ${source}: the server answered ${response.status}`);
    text = await response.text();
  } else {
    try {
      text = readFileSync(resolve(io.cwd, source), 'utf8');
    } catch (error) {
      throw new UsageError(`--data ${source}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--data ${source}: not JSON`);
  }
  try {
    return asPackagesData(value);
  } catch (error) {
    throw new UsageError(`--data ${source}: ${(error as Error).message}`);
  }
}

interface Collected {
  dependencies: Dependency[];
  warnings: string[];
}

/**
 * Reads the files named on the command line, and the requirements files their `-r` lines include (relative to the
 * including file, each file once). A file named on the command line that cannot be read is an error; an include
 * that cannot be read is a warning. Files named by `-c` are constraints: checked to exist, not read for dependencies.
 */
export function collectDependencies(files: string[], cwd: string): Collected {
  const dependencies: Dependency[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  const visit = (path: string, includedBy: string | undefined, constraint: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read it';
      if (!includedBy) throw new UsageError(`${display(path)}: ${reason}`);
      warnings.push(`${includedBy}: included file ${display(path)}: ${reason}`);
      return;
    }
    if (constraint) return;
    const name = display(path);
    const result = parseDependencyFile(path, text);
    for (const problem of result.problems) warnings.push(`${name}:${problem.line ?? 1}: ${problem.message}`);
    for (const dep of result.dependencies) dependencies.push({ ...dep, file: name });
    for (const include of result.includes) {
      if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(include)) {
        warnings.push(`${name}: included ${include.slice(0, 60)} is a URL: not followed`);
        continue;
      }
      visit(resolve(dirname(path), include), name, result.constraints.includes(include));
    }
  };
  for (const file of files) visit(resolve(cwd, file), undefined, false);
  return { dependencies, warnings };
}

/** Runs the check; resolves to the exit status. */
export async function runCheck(argv: string[], io: CheckIo): Promise<number> {
  const warn = (text: string) => io.stderr(`pyradar-check: warning: ${text}\n`);
  try {
    let parsed: ReturnType<typeof parseOptions>;
    try {
      parsed = parseOptions(argv);
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: allowed are ${FORMATS.join(', ')}`);
    if (!positionals.length) throw new UsageError(`name at least one dependency file\n\n${USAGE}`);
    const collected = collectDependencies(positionals, io.cwd);
    const data = await loadData(values.data, io, warn);
    const ringIds = data.rings.map((ring) => ring.id);
    const failOn = values['fail-on']
      .split(',')
      .map((ring) => ring.trim().toLowerCase())
      .filter(Boolean);
    const unknown = failOn.filter((ring) => ring !== 'none' && !ringIds.includes(ring));
    if (unknown.length)
      throw new UsageError(
        `--fail-on: unknown ring ${unknown.map((r) => JSON.stringify(r.slice(0, 30))).join(', ')}; allowed: ${ringIds.join(', ')}, none`,
      );
    for (const warning of collected.warnings) io.stderr(`${warning}\n`);
    const report = checkDependencies(collected.dependencies, data);
    const failing = report.onRadar.filter((finding) => failOn.includes(finding.record.ring));
    if (format === 'json')
      io.stdout(
        `${JSON.stringify(
          {
            ...reportJson(report),
            failOn: failOn.filter((ring) => ring !== 'none'),
            failing: failing.map((finding) => finding.name),
            problems: collected.warnings,
          },
          null,
          2,
        )}\n`,
      );
    else if (format === 'markdown') io.stdout(reportMarkdown(report, { file: positionals.join(', ') }));
    else io.stdout(reportText(report));
    if (!failing.length) return 0;
    const rings = [...new Set(failing.map((finding) => finding.ringTitle))].join(', ');
    io.stderr(
      `pyradar-check: ${failing.length} package(s) in ${rings}: ${failing.map((finding) => finding.name).join(', ')}\n`,
    );
    return 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pyradar-check: ${error.message}\n`);
    return 2;
  }
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'hold' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
