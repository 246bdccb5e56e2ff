/**
 * Queries that describe a kind of thing ("async web framework", "type checker", "task queue") rather than name a page:
 * when every word of the query is one of the entries' tags, the entries carrying all of them are what the reader
 * wants, ahead of pages that merely use the words. Pure data shaping; the search page renders the result.
 */
import type { SearchName } from './search-hints.ts';

/** One radar entry as the search page has it (an entry's SearchName): where it is, what it is called, ring and tags. */
export interface IntentEntry {
  title: string;
  url: string;
  /** "Entry · Adopt": what the result shows beside the title. */
  kind: string;
  /** The ring's order from the centre (0 = Adopt): better-placed entries first. */
  ringOrder: number;
  tags: string[];
}

/** Words that carry no kind: "a framework for async web" asks for the same as "async web framework". */
const FILLER = new Set(['a', 'an', 'the', 'for', 'of', 'in', 'on', 'with', 'and', 'to', 'python', 'tool', 'tools']);

/** A query's words, lower-cased, without filler, plurals folded ("frameworks" → "framework"). */
export function intentWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^a-z0-9+#-]+/)
    .filter((word) => word && !FILLER.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/**
 * Whether a tag is of the kind a word names: the same word, a part of a hyphenated tag ("static-analysis" is an
 * "analysis"), or the end of a compound ("microframework" is a "framework").
 */
export function tagMeans(tag: string, word: string): boolean {
  return tag === word || tag.split('-').includes(word) || (word.length >= 5 && tag.endsWith(word));
}

/**
 * The entries a descriptive query asks for: only when the query has at least two words and every one of them is
 * some entry's tag (a name like "FastAPI" or a sentence is left to the full-text ranking). Best ring first, then title.
 */
export function intentMatches(query: string, entries: IntentEntry[]): IntentEntry[] {
  const words = intentWords(query);
  if (words.length < 2) return [];
  const known = (word: string) => entries.some((e) => e.tags.some((tag) => tagMeans(tag, word)));
  if (!words.every(known)) return [];
  return entries
    .filter((e) => words.every((word) => e.tags.some((tag) => tagMeans(tag, word))))
    .sort((a, b) => a.ringOrder - b.ringOrder || a.title.localeCompare(b.title, 'en'));
}

/** The entries among the search page's names: those that carry tags and a ring order. */
export function intentEntries(names: SearchName[]): IntentEntry[] {
  return names.flatMap((n) =>
    n.tags && n.ringOrder !== undefined ? [{ ...n, tags: n.tags, ringOrder: n.ringOrder }] : [],
  );
}
