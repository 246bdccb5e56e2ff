/**
 * Line numbers for values of a TOML file. The TOML parser gives values without positions, so this finds where a
 * table, key or string is written by scanning the text: table headers split the file into sections, and keys and
 * strings are searched for inside the section they belong to, from a cursor so that a string written twice is
 * found at each of its places in turn.
 */

interface Section {
  /** The header's key parts, e.g. ["tool", "poetry", "dependencies"]; [] for the part before the first header. */
  path: string[];
  array: boolean;
  line: number;
  start: number;
  end: number;
}

const HEADER = /^[ \t]*(\[\[?)[ \t]*([^\]\n]+?)[ \t]*(\]\]?)[ \t]*(?:#.*)?$/gm;
const KEY_PART = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/y;

/** The parts of a dotted TOML key (`tool.poetry."my.group"`), or undefined when it is not a key. */
function keyParts(key: string): string[] | undefined {
  const parts: string[] = [];
  KEY_PART.lastIndex = 0;
  while (KEY_PART.lastIndex < key.length) {
    const match = KEY_PART.exec(key);
    if (!match) return undefined;
    parts.push(match[1] !== undefined ? unquote(match[1]) : (match[2] ?? match[3]!));
    if (match[4] !== '.') break;
  }
  return KEY_PART.lastIndex >= key.length ? parts : undefined;
}

/** A basic string's text; TOML's escapes are JSON's but for `\U` and `\e`, which stay as written. */
function unquote(inner: string): string {
  try {
    return JSON.parse(`"${inner}"`);
  } catch {
    return inner;
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((part, i) => part === b[i]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A key written bare, or quoted either way. */
const keyPattern = (key: string) =>
  /^[A-Za-z0-9_-]+$/.test(key)
    ? `(?:${escapeRegExp(key)}|"${escapeRegExp(key)}"|'${escapeRegExp(key)}')`
    : `(?:"${escapeRegExp(JSON.stringify(key).slice(1, -1))}"|'${escapeRegExp(key)}')`;

export class TomlLocator {
  private readonly lineStarts: number[] = [0];
  private readonly sections: Section[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
    const headers: Omit<Section, 'end'>[] = [{ path: [], array: false, line: 1, start: 0 }];
    for (const match of text.matchAll(HEADER)) {
      const parts = match[1]!.length === match[3]!.length ? keyParts(match[2]!) : undefined;
      if (parts)
        headers.push({ path: parts, array: match[1] === '[[', line: this.lineAt(match.index), start: match.index });
    }
    for (const [i, header] of headers.entries())
      this.sections.push({ ...header, end: headers[i + 1]?.start ?? text.length });
  }

  /** The 1-based line of a character offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Every `[[path]]` section, in order: the n-th is where the n-th table of that array is written. */
  arraySections(path: string[]): Section[] {
    return this.sections.filter((s) => s.array && same(s.path, path));
  }

  /** Where a key is first written inside a section (offset of the key), or -1. */
  keyIn(section: Pick<Section, 'start' | 'end'>, key: string[]): number {
    const pattern = new RegExp(`^[ \\t]*${key.map(keyPattern).join('\\s*\\.\\s*')}\\s*[=.]`, 'gm');
    pattern.lastIndex = section.start;
    const match = pattern.exec(this.text);
    return match && match.index < section.end ? match.index + match[0].length - match[0].trimStart().length : -1;
  }

  /**
   * Where the value at `path` is written: under the longest header that begins the path, by its remaining dotted
   * key (`[project]` + `optional-dependencies.docs`, `[project.optional-dependencies]` + `docs`), or the header
   * itself when it names the whole path. -1 when it cannot be found.
   */
  find(path: string[]): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const head = path.slice(0, depth);
      const rest = path.slice(depth);
      for (const section of this.sections.filter((s) => !s.array && same(s.path, head))) {
        if (!rest.length) return section.start;
        const at = this.keyIn(section, rest);
        if (at >= 0) return at;
      }
    }
    return -1;
  }

  /**
   * Where a string item of an array is written, searching on from `from`: the string quoted either way, else its
   * first word (for strings written with escapes). -1 when not found.
   */
  findString(value: string, from: number): { at: number; end: number } {
    const candidates = [`"${JSON.stringify(value).slice(1, -1)}"`, `'${value}'`, `"""${value}`, `'''${value}`];
    let best = { at: -1, end: -1 };
    for (const needle of candidates) {
      const at = this.text.indexOf(needle, from);
      if (at >= 0 && (best.at < 0 || at < best.at)) best = { at, end: at + needle.length };
    }
    if (best.at >= 0) return best;
    const word = /^[^\s"'\\;[(<>=!~@]+/.exec(value.trim())?.[0];
    if (!word) return best;
    const at = this.text.indexOf(word, from);
    return at < 0 ? best : { at, end: at + word.length };
  }
}
