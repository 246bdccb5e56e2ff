import { parse } from 'yaml';

export interface SplitFile {
  /** The parsed YAML frontmatter, or an empty object when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts, so messages can point into the file. */
  bodyLine: number;
}

/** Splits an MDX file into frontmatter and body without compiling it. */
export function splitFrontmatter(source: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  const parsed: unknown = parse(match[1] ?? '');
  const data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
