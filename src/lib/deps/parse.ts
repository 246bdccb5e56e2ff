import { parsePipfileLock } from './pipfile-lock.ts';
import { parseRequirements } from './requirements.ts';
import { parseTomlFile } from './toml.ts';
import type { DependencyFormat, ParseResult } from './types.ts';

export type { Dependency, DependencyFormat, ParseProblem, ParseResult } from './types.ts';

/** The format a file name announces, or undefined when the name says nothing (then the content decides). */
export function formatOfName(fileName: string): DependencyFormat | undefined {
  const base = (fileName.split(/[/\\]/).pop() ?? '').toLowerCase();
  if (base === 'pipfile.lock') return 'pipfile-lock';
  if (base === 'pipfile') return 'pipfile';
  if (base === 'poetry.lock') return 'poetry-lock';
  if (base === 'uv.lock') return 'uv-lock';
  if (base === 'pyproject.toml') return 'pyproject';
  if (/\.(txt|in)$/.test(base)) return 'requirements';
  return undefined;
}

const header = (text: string, pattern: string) =>
  new RegExp(`^[ \\t]*\\[${pattern}\\][ \\t]*(?:#.*)?$`, 'm').test(text);

/**
 * The format of a pasted text: JSON with `_meta` is a Pipfile.lock; TOML is told by its tables; anything else is read
 * as a requirements file. Table headers are matched in the text, so a file with a TOML error still gets its format
 * (and the error its line).
 */
export function formatOfContent(text: string): DependencyFormat {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  // A requirements file never starts with `{`; a JSON object is read as the only JSON format there is.
  if (trimmed.startsWith('{')) return 'pipfile-lock';
  if (header(text, '\\[package\\]')) {
    const beforeFirstTable = text.slice(0, text.search(/^[ \t]*\[/m));
    if (header(text, 'metadata') && /^[ \t]*content-hash[ \t]*=/m.test(text)) return 'poetry-lock';
    if (/^[ \t]*(?:version|requires-python)[ \t]*=/m.test(beforeFirstTable)) return 'uv-lock';
    return header(text, 'metadata') ? 'poetry-lock' : 'uv-lock';
  }
  if (header(text, '(?:project|dependency-groups|tool\\.poetry)(?:\\.[^\\]]*)?')) return 'pyproject';
  if (header(text, '(?:packages|dev-packages)')) return 'pipfile';
  return 'requirements';
}

/**
 * Reads a Python dependency file: requirements files (`requirements*.txt`, `*.in`), pyproject.toml (PEP 621, PEP 735
 * dependency groups, Poetry, uv and PDM dev dependencies), Pipfile, Pipfile.lock, poetry.lock and uv.lock. The format
 * comes from the file name when it names one, else from the content. Runs in the browser and in Node.
 */
export function parseDependencyFile(fileName: string | undefined, text: string): ParseResult {
  const format = (fileName ? formatOfName(fileName) : undefined) ?? formatOfContent(text);
  if (format === 'requirements') return { format, ...parseRequirements(text) };
  const parsed = format === 'pipfile-lock' ? parsePipfileLock(text) : parseTomlFile(format, text);
  if (format === 'pipfile-lock' && !parsed.problems.length && !/"_meta"\s*:/.test(text))
    parsed.problems.push({ line: 1, message: 'no "_meta" key: this JSON does not look like a Pipfile.lock' });
  return { format, ...parsed, includes: [], constraints: [] };
}
