import { distance } from 'fastest-levenshtein';
import type { ContentSet } from './content/types.ts';
import { currentPlacement, ringIndex } from './radar/model.ts';
import { paths, withBase } from './urls.ts';
import { comparePairs, pairKey } from './compare.ts';

/** One page a reader may name in a search: its title, other names (synonyms, PyPI names) and where it is. */
export interface SearchName {
  title: string;
  names: string[];
  url: string;
  /** "Entry · Adopt", "Topic": what the hint shows beside the link. */
  kind: string;
  /** An entry's slug, so a comparison of two entries can find their compare page. */
  entry?: string;
  /** An entry's tags and its ring's order from the centre: what a query of kinds matches (search-intent.ts). */
  tags?: string[];
  ringOrder?: number;
}

/** The kinds of page search knows, as its "type" facet names them. */
export const SEARCH_TYPES = [
  'Entry',
  'Topic',
  'Category',
  'Survey question',
  'Edition',
  'Source',
  'Radar',
  'Ring',
  'Quadrant',
  'Survey section',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Pagefind's ranking, for the search page and its tests alike. A lower page-length weight than Pagefind's 0.75 stops
 * short pages winning on brevity alone: "asyncio" ranks the asyncio entry above "asyncio TaskGroup".
 */
export const SEARCH_RANKING = { pageLength: 0.3 } as const;

/** The longest query the search takes: longer input is cut, so a pasted essay cannot stall the page. */
export const MAX_QUERY = 200;

/** Every entry and topic by the names a reader types, for "did you mean" and "a vs b". Entries first. */
export function searchNames(set: ContentSet, base: string): SearchName[] {
  const placementOf = currentPlacement(set);
  const ringTitle = new Map(set.rings.map((r) => [r.id, r.data.title]));
  const ringOrder = ringIndex(set);
  return [
    ...[...set.entries]
      .filter((e) => !e.data.retired)
      .map((e) => {
        const ring = placementOf(e).ring;
        return {
          title: e.data.title,
          names: [e.data.title, ...e.data.synonyms, ...e.data.packages, e.id],
          url: withBase(paths.entry(e.id), base),
          kind: `Entry · ${ringTitle.get(ring) ?? ''}`,
          entry: e.id,
          tags: e.data.tags,
          ringOrder: ringOrder.get(ring) ?? 0,
        };
      }),
    ...set.topics.map((t) => ({
      title: t.data.title,
      names: [t.data.title, ...t.data.synonyms, t.id],
      url: withBase(paths.topic(t.id), base),
      kind: 'Topic',
    })),
  ];
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();

/** How far a typed word is from a name: edits, and whether that is near enough to be a typo of it. */
function nearness(typed: string, name: string): number {
  const a = fold(typed);
  const b = fold(name);
  if (a === b) return 0;
  const edits = distance(a, b);
  // Two edits in words of five letters or more ("djnago", "pydnatic"), one in shorter ones.
  const allowed = a.length >= 5 ? 2 : a.length >= 3 ? 1 : 0;
  return edits <= allowed ? edits : Number.POSITIVE_INFINITY;
}

/** The page a typed name most likely means: an exact name first, else the nearest typo within reach. */
export function findName(typed: string, names: SearchName[]): { name: SearchName; exact: boolean } | undefined {
  let best: { name: SearchName; edits: number } | undefined;
  for (const name of names)
    for (const candidate of name.names) {
      const edits = nearness(typed, candidate);
      if (edits < (best?.edits ?? Number.POSITIVE_INFINITY)) best = { name, edits };
      if (edits === 0) return { name, exact: true };
    }
  return best && { name: best.name, exact: false };
}

export interface Hints {
  /** A misspelt name's page. */
  didYouMean?: SearchName;
  /** Both sides of "a vs b", "a versus b" or "a or b", when each names a page. */
  compare?: [SearchName, SearchName];
  /** The compare page of those two, when they are entries that have one. */
  comparePage?: string;
}

/** Compare pages by pair, keyed by `pairKey` of the two slugs (src/lib/compare.ts), valued by URL. */
export type ComparePages = Record<string, string>;

/** What to offer above the results for a query: the pages of a comparison, or the page a typo meant. */
export function searchHints(query: string, names: SearchName[], comparePages: ComparePages = {}): Hints {
  const q = query.slice(0, MAX_QUERY).trim();
  if (!q) return {};
  const pair = /^(.+?)\s+(?:vs\.?|versus|or)\s+(.+)$/i.exec(q);
  if (pair) {
    const [left, right] = [findName(pair[1]!, names), findName(pair[2]!, names)];
    if (left && right && left.name.url !== right.name.url) {
      const [a, b] = [left.name.entry, right.name.entry];
      const page = a && b ? comparePages[pairKey(a, b)] : undefined;
      return { compare: [left.name, right.name], ...(page ? { comparePage: page } : {}) };
    }
  }
  const found = findName(q, names);
  return found && !found.exact ? { didYouMean: found.name } : {};
}

/** Every compare page by pair key, with the deployment base: what the search page offers for "a vs b". */
export function comparePages(set: ContentSet, base: string): ComparePages {
  return Object.fromEntries(comparePairs(set).map((p) => [pairKey(p.a, p.b), withBase(paths.compare(p.a, p.b), base)]));
}

/** The values each search facet can take, as the pages write them: a URL's `?ring=hold` is matched to "Hold". */
export function facetValues(set: ContentSet): Record<string, string[]> {
  return {
    type: [...SEARCH_TYPES],
    ring: set.rings.map((r) => r.data.title),
    quadrant: set.quadrants.map((q) => q.data.title),
    category: set.categories.map((c) => c.data.title),
    edition: set.editions.map((e) => e.data.title),
  };
}

/** A facet value from a URL, as the index spells it; values the facet does not have are dropped. */
export function canonicalFacet(values: string[], typed: string): string | undefined {
  const want = typed.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === want);
}
