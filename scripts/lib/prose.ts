import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

/** Frontmatter keys that quote the source on purpose: a survey question as asked and its answer labels. */
export const QUOTED_KEYS = new Set(['question', 'label']);

/** All prose strings in a frontmatter value, skipping keys that quote the source by design. */
export function frontmatterProse(value: unknown, parentKey = ''): string[] {
  if (typeof value === 'string') return QUOTED_KEYS.has(parentKey) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => frontmatterProse(item, parentKey));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => frontmatterProse(item, key));
  }
  return [];
}

/** The prose of a content file for the originality check: its frontmatter strings and its body. */
export function proseOf(source: string): string {
  const { data, body } = splitFrontmatter(source);
  return [...frontmatterProse(data), body].join('\n');
}
