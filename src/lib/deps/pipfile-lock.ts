import { DIST_NAME, normalizeName } from './names.ts';
import { clip } from './requirement.ts';
import type { Dependency, ParseProblem } from './types.ts';

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line a JSON.parse error points at, from the engine's message (V8 and Firefox name a line or a position). */
function errorLine(text: string, message: string): number | undefined {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : undefined;
}

/**
 * Reads a Pipfile.lock: every package of every category (`default`, `develop`, and any other Pipenv writes), skipping
 * `_meta`. A package is a key whose value is an object; the line is found by that key, searched on from its category.
 */
export function parsePipfileLock(text: string): { dependencies: Dependency[]; problems: ParseProblem[] } {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const line = errorLine(text, error instanceof Error ? error.message : '');
    return { dependencies: [], problems: [{ ...(line ? { line } : {}), message: 'not valid JSON' }] };
  }
  const dependencies: Dependency[] = [];
  const problems: ParseProblem[] = [];
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    return { dependencies, problems: [{ line: 1, message: 'a Pipfile.lock is a JSON object' }] };
  for (const [category, packages] of Object.entries(root)) {
    if (category === '_meta') continue;
    const categoryKey = new RegExp(`"${escapeRegExp(category)}"\\s*:\\s*\\{`, 'g');
    categoryKey.lastIndex = 0;
    let cursor = categoryKey.exec(text)?.index ?? 0;
    const categoryLine = lineAt(text, cursor);
    if (typeof packages !== 'object' || packages === null || Array.isArray(packages)) {
      problems.push({ line: categoryLine, message: `${clip(category)} should be an object of packages` });
      continue;
    }
    for (const [name, entry] of Object.entries(packages)) {
      const key = new RegExp(`"${escapeRegExp(JSON.stringify(name).slice(1, -1))}"\\s*:\\s*\\{`, 'g');
      key.lastIndex = cursor;
      const found = key.exec(text);
      if (found) cursor = found.index + found[0].length;
      const line = found ? lineAt(text, found.index) : categoryLine;
      if (!DIST_NAME.test(name)) {
        problems.push({ line, message: `${clip(name)} is not a package name` });
        continue;
      }
      const version =
        typeof entry === 'object' && entry !== null && typeof (entry as Record<string, unknown>)['version'] === 'string'
          ? String((entry as Record<string, unknown>)['version'])
          : '';
      dependencies.push({
        name: normalizeName(name),
        spec: `${name}${version}`,
        line,
        ...(category === 'default' ? {} : { group: category }),
      });
    }
  }
  return { dependencies, problems };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
