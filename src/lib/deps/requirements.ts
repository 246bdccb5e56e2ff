import { normalizeName } from './names.ts';
import { clip, requirementName } from './requirement.ts';
import type { Dependency, ParseProblem } from './types.ts';

export interface RequirementsResult {
  dependencies: Dependency[];
  problems: ParseProblem[];
  includes: string[];
  constraints: string[];
}

// pip's comment rule: `#` at the start of a line or after whitespace; a `#` inside a URL (`#egg=`) is not one.
const COMMENT = /(^|\s+)#.*$/;

// Options pip accepts in a requirements file, and the old ones it used to: none of them names a dependency.
const IGNORED_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '--no-index',
  '-f',
  '--find-links',
  '--trusted-host',
  '--no-binary',
  '--only-binary',
  '--prefer-binary',
  '--require-hashes',
  '--pre',
  '--use-feature',
  '--hash',
  '--global-option',
  '--install-option',
  '--config-settings',
  '-Z',
  '--always-unzip',
  '--allow-external',
  '--allow-unverified',
  '--allow-all-external',
  '--process-dependency-links',
]);

const OPTION = /^(--[A-Za-z][A-Za-z0-9-]*|-[A-Za-z])(?:=|\s*)(.*)$/;
// A URL (with a VCS prefix such as git+https://) or a local path: it carries no PEP 508 name of its own.
const URL_OR_PATH = /^[^\s@;[]*[/\\:]|^[^\s@;]*\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tar)(?:$|[\s#])/i;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const EGG = /[#&]egg=([^&\s]+)/;

/**
 * Logical lines as pip reads them: a line ending in `\` continues on the next, and the requirement keeps the number
 * of the line where it starts. A comment line ends a continuation.
 */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let pending: string[] = [];
  let start = 0;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, index) => {
      const isComment = /^\s*#/.test(raw);
      if (!raw.endsWith('\\') || isComment) {
        if (pending.length) {
          out.push({ line: start, text: pending.join('') + (isComment ? '' : raw) });
          pending = [];
        } else out.push({ line: index + 1, text: raw });
      } else {
        if (!pending.length) start = index + 1;
        pending.push(raw.slice(0, -1));
      }
    });
  if (pending.length) out.push({ line: start, text: pending.join('') });
  return out;
}

/** The name a URL or path names with `#egg=name`, or a wheel's file name; undefined when it names none. */
function nameOfUrl(target: string): string | undefined {
  const egg = EGG.exec(target);
  if (egg) {
    const named = requirementName(decodeURIComponent(egg[1]!));
    return 'name' in named ? named.name : undefined;
  }
  // A wheel's file name starts with its distribution name (underscores for other separators).
  const wheel = /([A-Za-z0-9][A-Za-z0-9._]*)-[^/\\-]+(?:-[^/\\-]+)*\.whl$/i.exec(target.split(/[?#]/)[0]!);
  return wheel ? normalizeName(wheel[1]!) : undefined;
}

/**
 * Reads a pip requirements file (`requirements*.txt`, pip-tools `*.in`). Comments, blank lines and options are
 * skipped; `-r`/`-c` files are listed in `includes` (and `-c` ones in `constraints`), never read here. Every line
 * that names a dependency is kept, in order; a line that does not is a problem, and reading goes on.
 */
export function parseRequirements(text: string): RequirementsResult {
  const dependencies: Dependency[] = [];
  const problems: ParseProblem[] = [];
  const includes: string[] = [];
  const constraints: string[] = [];
  for (const { line, text: raw } of logicalLines(text)) {
    const content = raw.replace(COMMENT, '').trim();
    if (!content) continue;
    if (content.startsWith('-')) {
      const option = OPTION.exec(content);
      const flag = option?.[1] ?? content;
      const value = (option?.[2] ?? '').trim().split(/\s+/)[0] ?? '';
      if (['-r', '--requirement', '-c', '--constraint'].includes(flag)) {
        if (!value) problems.push({ line, message: `${flag} needs a file name` });
        else {
          includes.push(value);
          if (flag === '-c' || flag === '--constraint') constraints.push(value);
        }
      } else if (flag === '-e' || flag === '--editable') {
        if (!value) problems.push({ line, message: `${flag} needs a path or URL` });
        else {
          const name = nameOfUrl(value);
          if (name) dependencies.push({ name, spec: content, line });
          else if (EGG.test(value)) problems.push({ line, message: `#egg= in ${clip(value)} is not a package name` });
          else
            problems.push({
              line,
              message: URL_SCHEME.test(value)
                ? `editable URL without a name: add #egg=<name> to ${clip(value)}`
                : `editable path without a name: ${clip(value)}`,
            });
        }
      } else if (!IGNORED_OPTIONS.has(flag))
        problems.push({ line, message: `unknown option ${clip(flag, 30)} (not a pip requirements option)` });
      continue;
    }
    // Per-requirement options (`--hash=…`, `--config-settings …`) follow the requirement after whitespace.
    const optionsAt = content.search(/\s-/);
    const spec = (optionsAt < 0 ? content : content.slice(0, optionsAt)).trim();
    if (URL_OR_PATH.test(spec)) {
      const name = nameOfUrl(spec);
      if (name) dependencies.push({ name, spec, line });
      else
        problems.push({ line, message: `URL or path without a name: write "<name> @ ${clip(spec, 30).slice(1, -1)}"` });
      continue;
    }
    const named = requirementName(spec);
    if ('name' in named) dependencies.push({ name: named.name, spec, line });
    else problems.push({ line, message: `not a requirement: ${named.error}` });
  }
  return { dependencies, problems, includes, constraints };
}
