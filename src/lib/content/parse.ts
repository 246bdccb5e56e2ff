import type { z } from 'astro/zod';
import { COLLECTION_NAMES, collections, type CollectionName } from '../../schemas/index.ts';
import { SLUG } from '../../schemas/common.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import type { ContentSet, Item, Problem } from './types.ts';
import { NOUNS, referenceTarget, type Unparsed } from './reference-fields.ts';
import { allowed } from './references.ts';
import { didYouMean } from './suggest.ts';

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

/** What a writer should give for each type zod names. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

/** zod's own English ("Invalid input: expected string, received undefined"): never shown to writers as is. */
const ZOD_WORDING = /^(Invalid (input|option|string|format)|Too (small|big)|Unrecognized)\b/;

/**
 * One schema issue in a writer's words. A missing field says "required" and what to give: the allowed values of a
 * fixed set, the ids a reference may name (where `ids` has that collection), or the kind of value.
 */
export function issueMessage(
  collection: CollectionName,
  issue: z.core.$ZodIssue,
  value: unknown,
  ids?: Partial<Record<CollectionName, Set<string>>>,
): string {
  const name = String(issue.path.findLast((key) => typeof key === 'string') ?? 'frontmatter');
  const own = !ZOD_WORDING.test(issue.message);
  const values = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
  const kind = issue.code === 'invalid_type' ? (KINDS[issue.expected] ?? issue.expected) : undefined;
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const target = referenceTarget(collection, issue.path);
    const known = target && ids?.[target];
    if (target && known) return `${name} is required: the id of a ${NOUNS[target]}; allowed: ${allowed(known)}`;
    if (own && /\brequired\b/.test(issue.message)) return issue.message;
    if (own) return `${name} is required: ${issue.message.replace(/^(\w+ )?must be /, '')}`;
    if (values) return `${name} is required; allowed: ${values.join(', ')}`;
    return `${name} is required: ${kind}`;
  }
  const shown = ` (value: ${value === undefined ? 'missing' : JSON.stringify(value)})`;
  // A message that already quotes the value does not repeat it.
  if (own)
    return typeof value === 'string' && issue.message.includes(`"${value}"`)
      ? issue.message
      : `${issue.message}${shown}`;
  if (values)
    return `"${String(value)}" is not allowed;${didYouMean(String(value), values)} allowed: ${values.join(', ')}${shown}`;
  if (kind) return `${name} must be ${kind}${shown}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const [bound, limit] = issue.code === 'too_small' ? ['at least', issue.minimum] : ['at most', issue.maximum];
    const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
    return `${name} must have ${bound} ${String(limit)}${unit}${shown}`;
  }
  return `${name} is not valid here${shown}`;
}

/** Validates one collection's files against its schema; every failing field becomes a problem. */
export function parseCollection<N extends CollectionName>(
  name: N,
  files: RawFile[],
  ids?: Partial<Record<CollectionName, Set<string>>>,
): { items: Item<z.output<(typeof collections)[N]>>[]; problems: Problem[]; unparsed: Unparsed[] } {
  const schema = collections[name];
  const items: Item<z.output<(typeof collections)[N]>>[] = [];
  const problems: Problem[] = [];
  const unparsed: Unparsed[] = [];
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
      unparsed.push({ collection: name, id, file, data: undefined, body: '' });
      continue;
    }
    const result = schema.safeParse(split.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldPath(issue.path) || '(frontmatter)';
        problems.push({ file, field, message: issueMessage(name, issue, valueAt(split.data, issue.path), ids) });
      }
      unparsed.push({ collection: name, id, file, data: split.data, body: split.body });
      continue;
    }
    items.push({
      id,
      file,
      data: result.data as z.output<(typeof collections)[N]>,
      body: split.body,
      bodyLine: split.bodyLine,
    });
  }
  return { items, problems, unparsed };
}

/**
 * Validates every collection; the set holds the files that passed their schema, `unparsed` the ones that did not
 * (they still exist, and what they name can still be checked).
 */
export function parseAll(files: Record<CollectionName, RawFile[]>): {
  set: ContentSet;
  problems: Problem[];
  unparsed: Unparsed[];
} {
  const problems: Problem[] = [];
  const unparsed: Unparsed[] = [];
  const set = {} as Record<CollectionName, unknown>;
  // Every file's id, valid or not, so a missing reference can list what it may name.
  const ids = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set((files[name] ?? []).map((f) => idOf(f.file)))]),
  ) as Record<CollectionName, Set<string>>;
  for (const name of COLLECTION_NAMES) {
    const parsed = parseCollection(name, files[name] ?? [], ids);
    set[name] = parsed.items;
    problems.push(...parsed.problems);
    unparsed.push(...parsed.unparsed);
  }
  return { set: set as unknown as ContentSet, problems, unparsed };
}
