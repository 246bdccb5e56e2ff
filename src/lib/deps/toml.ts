import { parse, TomlError } from 'smol-toml';
import { TomlLocator } from './locate.ts';
import { DIST_NAME, normalizeName } from './names.ts';
import { clip, requirementName } from './requirement.ts';
import type { Dependency, ParseProblem } from './types.ts';

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function at(root: Table, path: string[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (!isTable(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** A value written back as inline TOML, for the `spec` of a dependency given as a key (`cleo = "^2.1.0"`). */
function inline(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (isTable(value))
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key)} = ${inline(item)}`)
      .join(', ')} }`;
  return String(value);
}

const dotted = (path: string[]) =>
  path.map((part) => (/^[A-Za-z0-9_-]+$/.test(part) ? part : JSON.stringify(part))).join('.');

/** Collects dependencies and problems from a parsed TOML document, with lines found in its text. */
class TomlReader {
  readonly dependencies: Dependency[] = [];
  readonly problems: ParseProblem[] = [];
  readonly root: Table;
  private readonly locator: TomlLocator;

  constructor(root: Table, text: string) {
    this.root = root;
    this.locator = new TomlLocator(text);
  }

  private lineOf(path: string[]): number {
    const offset = this.locator.find(path);
    return offset < 0 ? 1 : this.locator.lineAt(offset);
  }

  /** A list of PEP 508 strings (`[project] dependencies`); `{ include-group = "…" }` items are skipped as references. */
  requirementList(path: string[], group: string | undefined, allowIncludes = false): void {
    const list = at(this.root, path);
    if (list === undefined) return;
    const where = this.locator.find(path);
    if (!Array.isArray(list)) {
      this.problems.push({
        line: this.lineOf(path),
        message: `${dotted(path)} should be a list of requirement strings`,
      });
      return;
    }
    let cursor = Math.max(where, 0);
    for (const item of list) {
      if (typeof item !== 'string') {
        const include = isTable(item) && typeof item['include-group'] === 'string';
        if (!(include && allowIncludes))
          this.problems.push({
            line: this.lineOf(path),
            message: `${dotted(path)} holds ${include ? 'an include-group' : 'an item'} that is not a requirement string`,
          });
        continue;
      }
      const found = this.locator.findString(item, cursor);
      if (found.at >= 0) cursor = found.end;
      const line = found.at >= 0 ? this.locator.lineAt(found.at) : this.lineOf(path);
      const named = requirementName(item);
      if ('name' in named)
        this.dependencies.push({ name: named.name, spec: item.trim(), line, ...(group ? { group } : {}) });
      else this.problems.push({ line, message: `not a requirement: ${named.error}` });
    }
  }

  /** Each list of a table of lists (`[project.optional-dependencies]`, `[dependency-groups]`), one group each. */
  requirementLists(path: string[], groupOf: (key: string) => string, allowIncludes = false): void {
    const table = at(this.root, path);
    if (table === undefined) return;
    if (!isTable(table)) {
      this.problems.push({ line: this.lineOf(path), message: `${dotted(path)} should be a table of lists` });
      return;
    }
    for (const key of Object.keys(table)) this.requirementList([...path, key], groupOf(key), allowIncludes);
  }

  /** A table whose keys are distribution names (Poetry's dependencies, a Pipfile category). */
  nameTable(path: string[], group: string | undefined, skip: string[] = []): void {
    const table = at(this.root, path);
    if (table === undefined) return;
    if (!isTable(table)) {
      this.problems.push({ line: this.lineOf(path), message: `${dotted(path)} should be a table of packages` });
      return;
    }
    for (const [key, value] of Object.entries(table)) {
      if (skip.includes(key.toLowerCase())) continue;
      const line = this.lineOf([...path, key]);
      if (!DIST_NAME.test(key)) {
        this.problems.push({ line, message: `${clip(key)} in ${dotted(path)} is not a package name` });
        continue;
      }
      this.dependencies.push({
        name: normalizeName(key),
        spec: `${key} = ${inline(value)}`,
        line,
        ...(group ? { group } : {}),
      });
    }
  }

  /** Every `[[package]]` of a lock file; `skip` leaves out the project itself. */
  lockPackages(groupOf: (pkg: Table) => string | undefined, skip: (pkg: Table) => boolean = () => false): void {
    const packages = at(this.root, ['package']);
    if (packages === undefined) return;
    const sections = this.locator.arraySections(['package']);
    if (!Array.isArray(packages)) {
      this.problems.push({
        line: this.lineOf(['package']),
        message: 'package should be an array of tables ([[package]])',
      });
      return;
    }
    packages.forEach((pkg, index) => {
      const section = sections[index];
      const nameAt = section ? this.locator.keyIn(section, ['name']) : -1;
      const line = nameAt >= 0 ? this.locator.lineAt(nameAt) : (section?.line ?? 1);
      if (!isTable(pkg) || typeof pkg['name'] !== 'string' || !DIST_NAME.test(pkg['name'])) {
        this.problems.push({ line, message: `[[package]] number ${index + 1} has no valid name` });
        return;
      }
      if (skip(pkg)) return;
      const version = typeof pkg['version'] === 'string' ? `==${pkg['version']}` : '';
      const group = groupOf(pkg);
      this.dependencies.push({
        name: normalizeName(pkg['name']),
        spec: `${pkg['name']}${version}`,
        line,
        ...(group ? { group } : {}),
      });
    });
  }
}

type TomlFormat = 'pyproject' | 'pipfile' | 'poetry-lock' | 'uv-lock';

// Pipfile tables that are settings, not package categories.
const PIPFILE_SETTINGS = new Set(['source', 'requires', 'scripts', 'pipenv', 'pipfile']);

function readPyproject(reader: TomlReader): void {
  reader.requirementList(['project', 'dependencies'], undefined);
  reader.requirementLists(['project', 'optional-dependencies'], (extra) => `optional:${extra}`);
  reader.requirementLists(['dependency-groups'], (name) => `dependency-group:${name}`, true);
  reader.nameTable(['tool', 'poetry', 'dependencies'], undefined, ['python']);
  reader.nameTable(['tool', 'poetry', 'dev-dependencies'], 'dev', ['python']);
  const groups = at(reader.root, ['tool', 'poetry', 'group']);
  if (isTable(groups))
    for (const name of Object.keys(groups))
      reader.nameTable(['tool', 'poetry', 'group', name, 'dependencies'], name, ['python']);
  reader.requirementList(['tool', 'uv', 'dev-dependencies'], 'dev');
  reader.requirementLists(['tool', 'pdm', 'dev-dependencies'], (name) => name);
}

function readPipfile(reader: TomlReader): void {
  for (const [key, value] of Object.entries(reader.root))
    if (isTable(value) && !PIPFILE_SETTINGS.has(key))
      reader.nameTable([key], key === 'packages' ? undefined : key === 'dev-packages' ? 'dev' : key);
}

/** The project itself in a uv.lock: installed from its own folder, not from an index. */
function isUvProject(pkg: Table): boolean {
  const source = pkg['source'];
  return isTable(source) && (source['editable'] === '.' || source['virtual'] === '.');
}

/** A poetry.lock package's groups when it is not in the main one (Poetry 2 writes `groups = ["main", "dev"]`). */
function poetryGroup(pkg: Table): string | undefined {
  const groups = Array.isArray(pkg['groups']) ? pkg['groups'].filter((g): g is string => typeof g === 'string') : [];
  return groups.length && !groups.includes('main') ? groups.join(', ') : undefined;
}

/** Reads a TOML dependency file; a syntax error is one problem at its line, and nothing else can be read. */
export function parseTomlFile(
  format: TomlFormat,
  text: string,
): { dependencies: Dependency[]; problems: ParseProblem[] } {
  let root: Table;
  try {
    root = parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // The library's message quotes the surrounding lines; keep only its first line.
    const reason = error.message
      .replace(/^Invalid TOML document:\s*/, '')
      .split('\n')[0]!
      .slice(0, 80);
    return { dependencies: [], problems: [{ line: error.line, message: `not valid TOML: ${reason}` }] };
  }
  const reader = new TomlReader(root, text);
  if (format === 'pyproject') readPyproject(reader);
  else if (format === 'pipfile') readPipfile(reader);
  else if (format === 'poetry-lock') reader.lockPackages(poetryGroup);
  else reader.lockPackages(() => undefined, isUvProject);
  return { dependencies: reader.dependencies, problems: reader.problems };
}
