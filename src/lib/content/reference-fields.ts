import type { CollectionName } from '../../schemas/index.ts';
import { paths } from '../urls.ts';

/**
 * The frontmatter fields that name other content, per collection (`[]` steps into each item of a list).
 * checkReferences checks them on valid files; this table lets the check read them from the raw frontmatter of a
 * file that failed its schema, and lets a missing one list the ids it may name. A test keeps the two in step.
 */
export const REFERENCE_FIELDS: Partial<Record<CollectionName, Record<string, CollectionName>>> = {
  editions: { 'sources[]': 'sources' },
  entries: {
    quadrant: 'quadrants',
    'history[].edition': 'editions',
    'history[].ring': 'rings',
    'history[].sources[]': 'sources',
    'history[].quadrant': 'quadrants',
    'sources[].source': 'sources',
    'sources[].question': 'survey',
    'related[]': 'entries',
    'alternatives[]': 'entries',
    'topics[]': 'topics',
    'survey[]': 'survey',
    'retired.edition': 'editions',
  },
  topics: {
    category: 'categories',
    'related[]': 'topics',
    'entries[]': 'entries',
    'survey[]': 'survey',
    'sources[]': 'sources',
  },
  survey: { section: 'survey-sections', source: 'sources' },
};

/** What a writer calls one item of each collection, for messages. */
export const NOUNS: Record<CollectionName, string> = {
  rings: 'ring',
  quadrants: 'quadrant',
  editions: 'edition',
  sources: 'source',
  entries: 'radar entry',
  categories: 'category',
  topics: 'topic',
  'survey-sections': 'survey section',
  survey: 'survey question',
};

/** The page each item of a collection gets, for checking links to it. */
export const PAGE_OF: Record<CollectionName, (id: string) => string> = {
  rings: paths.ring,
  quadrants: paths.quadrant,
  editions: paths.edition,
  sources: paths.source,
  entries: paths.entry,
  categories: paths.category,
  topics: paths.topic,
  'survey-sections': paths.section,
  survey: paths.question,
};

/** A file that failed its schema: its id still exists, and its raw frontmatter may still name other content. */
export interface Unparsed {
  collection: CollectionName;
  id: string;
  file: string;
  /** The frontmatter as YAML gave it, or undefined where the YAML does not parse. */
  data: unknown;
  body: string;
}

/** The collection a field names, from its path as zod gives it (`['history', 0, 'ring']`), if it is a reference. */
export function referenceTarget(collection: CollectionName, path: readonly PropertyKey[]): CollectionName | undefined {
  const pattern = path.map((key) => (typeof key === 'number' ? '[]' : `.${String(key)}`)).join('');
  return REFERENCE_FIELDS[collection]?.[pattern.replace(/^\./, '')];
}

/** Every string the raw frontmatter holds in a reference field, with the field as a writer sees it. */
export function rawReferences(
  collection: CollectionName,
  data: unknown,
): { field: string; value: string; target: CollectionName }[] {
  const out: { field: string; value: string; target: CollectionName }[] = [];
  for (const [pattern, target] of Object.entries(REFERENCE_FIELDS[collection] ?? {})) {
    const steps = pattern.split(/(?=\[\])|\./).filter(Boolean);
    const walk = (value: unknown, field: string, rest: string[]) => {
      const [step, ...next] = rest;
      if (step === undefined) {
        if (typeof value === 'string') out.push({ field, value, target });
      } else if (step === '[]') {
        if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, `${field}[${i}]`, next);
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        walk((value as Record<string, unknown>)[step], field ? `${field}.${step}` : step, next);
      }
    };
    walk(data, '', steps);
  }
  return out;
}
