import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { SLUG } from '../../schemas/common.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import type { ContentSet, Item, Problem } from './types.ts';

/** A content file as read from disk. */
export interface RawFile {
  /** Path for messages, e.g. content/entries/fastapi.mdx. */
  file: string;
  /** Its full text. */
  text: string;
}

/** The id of a content file: its name without folder or extension. */
export function idOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

/** Renders a zod issue path the way a writer sees the field: `history[1].ring`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validates one collection's files against its schema; every failing field becomes a problem. */
export function parseCollection<N extends CollectionName>(
  name: N,
  files: RawFile[],
): { items: Item<z.output<(typeof collections)[N]>>[]; problems: Problem[] } {
  const schema = collections[name];
  const items: Item<z.output<(typeof collections)[N]>>[] = [];
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const id = idOf(file);
    if (!SLUG.test(id))
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a slug: name files in lower-case letters, digits and hyphens`,
      });
    let split: ReturnType<typeof splitFrontmatter>;
    try {
      split = splitFrontmatter(text);
    } catch (error) {
      problems.push({
        file,
        field: '(frontmatter)',
        message: `YAML does not parse: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    const result = schema.safeParse(split.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldPath(issue.path) || '(frontmatter)';
        const value = valueAt(split.data, issue.path);
        const shown = value === undefined ? 'missing' : JSON.stringify(value);
        problems.push({ file, field, message: `${issue.message} (value: ${shown})` });
      }
      continue;
    }
    items.push({ id, file, data: result.data as z.output<(typeof collections)[N]>, body: split.body });
  }
  return { items, problems };
}

/** Validates every collection; the set holds the files that passed their schema. */
export function parseAll(files: Record<CollectionName, RawFile[]>): { set: ContentSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const set = {} as Record<CollectionName, unknown>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const parsed = parseCollection(name, files[name] ?? []);
    set[name] = parsed.items;
    problems.push(...parsed.problems);
  }
  return { set: set as unknown as ContentSet, problems };
}
