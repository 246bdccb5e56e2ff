import type { ContentSet, Item } from './content/types.ts';
import { memo } from './content/memo.ts';
import type { Entry } from '../schemas/entry.ts';
import { currentPlacement, editionsOldestFirst, standingReader } from './radar/model.ts';
import type { Movement } from './radar/movement.ts';
import { EVIDENCE } from './radar/policy.ts';
import { wilson } from './survey/wilson.ts';
import { pypiUrl } from './deps/names.ts';

/**
 * Two entries in one quadrant get a compare page when they share at least this many tags: one shared tag gives
 * some 600 pages (tags such as "async" or "web" are too broad), three give pairs a reader would weigh up.
 */
export const SHARED_TAGS = 3;

/** A pair of entries with a compare page: slugs in alphabetical order, and why the pair has one. */
export interface ComparePair {
  a: string;
  b: string;
  /** True when either entry lists the other in `alternatives`. */
  alternative: boolean;
  /** Tags both carry, in the first entry's order. */
  sharedTags: string[];
  /** Quadrant of the first entry (both share it unless the pair is alternatives across quadrants). */
  quadrant: string;
}

/** The canonical order of a pair: alphabetical, so each pair has one URL. */
export function pairOrder(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** One key per pair, either order. */
export const pairKey = (x: string, y: string): string => pairOrder(x, y).join('/');

/**
 * Every pair with a compare page: each entry and an entry it lists in `alternatives`, plus two entries in the same
 * quadrant that share at least SHARED_TAGS tags. Sorted by slug.
 */
export function comparePairs(set: ContentSet): ComparePair[] {
  return memo(set, 'comparePairs', () => findPairs(set));
}

function findPairs(set: ContentSet): ComparePair[] {
  const byId = new Map(set.entries.map((e) => [e.id, e]));
  const pairs = new Map<string, ComparePair>();
  const add = (x: Item<Entry>, y: Item<Entry>, alternative: boolean) => {
    if (x.id === y.id) return;
    const [a, b] = pairOrder(x.id, y.id);
    const key = `${a}/${b}`;
    const known = pairs.get(key);
    if (known) {
      known.alternative ||= alternative;
      return;
    }
    const first = byId.get(a)!;
    const second = byId.get(b)!;
    pairs.set(key, {
      a,
      b,
      alternative,
      sharedTags: first.data.tags.filter((t) => second.data.tags.includes(t)),
      quadrant: first.data.quadrant,
    });
  };
  for (const e of set.entries)
    for (const id of e.data.alternatives) {
      const other = byId.get(id);
      if (other) add(e, other, true);
    }
  // Pairs sharing tags are counted within each quadrant's tag groups, not over every pair of entries: the work grows
  // with the pairs that share a tag, not with the square of the radar.
  const groups = new Map<string, Item<Entry>[]>();
  for (const e of set.entries)
    for (const tag of new Set(e.data.tags)) {
      const key = `${e.data.quadrant}\0${tag}`;
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
  const shared = new Map<string, number>();
  for (const group of groups.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = pairOrder(group[i]!.id, group[j]!.id);
        const key = `${a}/${b}`;
        const count = (shared.get(key) ?? 0) + 1;
        shared.set(key, count);
        if (count === SHARED_TAGS) add(byId.get(a)!, byId.get(b)!, false);
      }
  return [...pairs.values()].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/** The entries `slug` has a compare page with: alternatives (either way) first, then by title. */
export function comparePartners(
  set: ContentSet,
  slug: string,
  pairs: ComparePair[] = comparePairs(set),
): { id: string; title: string; alternative: boolean }[] {
  return pairs
    .filter((p) => p.a === slug || p.b === slug)
    .map((p) => {
      const id = p.a === slug ? p.b : p.a;
      return { id, title: set.entries.find((e) => e.id === id)?.data.title ?? id, alternative: p.alternative };
    })
    .sort((x, y) => Number(y.alternative) - Number(x.alternative) || x.title.localeCompare(y.title, 'en'));
}

/** One entry's standing in one edition, as a cell of the editions table. */
export interface EditionCell {
  ring: string;
  ringTitle: string;
  movement: Movement;
  /** True when the edition did not review the entry and an earlier placement carries over. */
  carried: boolean;
  /** The edition that placed it (differs from the row's edition when carried). */
  reviewedIn: string;
}

/** A survey figure an entry cites, with the 95% interval of each share in it that the cited question publishes. */
export interface CitedFigure {
  question: string;
  questionTitle: string;
  figure: string;
  respondents: number;
  approximate: boolean;
  intervals: { percent: number; low: number; high: number }[];
}

/**
 * The shares a figure quotes that its question publishes as an option, each with the interval the survey pages
 * show; numbers that are not one of the question's shares (a benchmark, a count) get none.
 */
export function figureIntervals(
  figure: string,
  question: { respondents: number; options: { percent: number }[] },
): CitedFigure['intervals'] {
  const published = new Set(question.options.map((o) => o.percent));
  const seen = new Set<number>();
  const out: CitedFigure['intervals'] = [];
  for (const match of figure.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
    const percent = Number(match[1]);
    if (!published.has(percent) || seen.has(percent)) continue;
    seen.add(percent);
    const [low, high] = wilson(percent, question.respondents);
    out.push({ percent, low, high });
  }
  return out;
}

/** One side of a comparison: everything the compare page shows of one entry, all from its own data. */
export interface CompareSide {
  slug: string;
  title: string;
  summary: string;
  quadrant: string;
  quadrantTitle: string;
  ring: string;
  ringTitle: string;
  movement: Movement | undefined;
  reviewedIn: string;
  retired: { edition: string; reason: string } | undefined;
  /** The placement the current ring comes from: its note, evidence kinds and sources. */
  basis: {
    edition: string;
    note: string;
    kinds: { id: string; label: string }[];
    sources: { id: string; title: string }[];
  };
  packages: { name: string; href: string }[];
  alternatives: { id: string; title: string; ringTitle: string }[];
  figures: CitedFigure[];
}

/** Everything a compare page shows: both sides, their rings edition by edition, and what they have in common. */
export interface Comparison {
  pair: ComparePair;
  sides: [CompareSide, CompareSide];
  /** Editions oldest first; a cell is undefined where that edition had not placed the entry yet. */
  editions: { id: string; title: string; date: string; cells: [EditionCell | undefined, EditionCell | undefined] }[];
  /** Survey questions both entries cite. */
  sharedQuestions: string[];
}

/** Room a page title has before the layout's " · PyRadar": the HTML check allows 70 characters in all. */
export const TITLE_ROOM = 60;

/**
 * A compare page's title: "A vs B — compare" where it fits, else "A vs B", else the longer name cut at a word and
 * marked with "…", so a search result shows the whole title.
 */
export function compareTitle(a: string, b: string, room = TITLE_ROOM): string {
  const full = `${a} vs ${b} — compare`;
  if (full.length <= room) return full;
  if (`${a} vs ${b}`.length <= room) return `${a} vs ${b}`;
  const cut = (name: string, max: number) => {
    if (name.length <= max) return name;
    const words = name.slice(0, max - 1).split(' ');
    if (words.length > 1) words.pop();
    return `${words.join(' ')}…`;
  };
  const spare = room - ' vs '.length;
  return a.length >= b.length ? `${cut(a, spare - b.length)} vs ${b}` : `${a} vs ${cut(b, spare - a.length)}`;
}

/** The comparison of a pair with a compare page; throws for a pair without one, so no page is built by mistake. */
export function compareView(
  set: ContentSet,
  x: string,
  y: string,
  pairs: ComparePair[] = comparePairs(set),
): Comparison {
  const [a, b] = pairOrder(x, y);
  const pair = pairs.find((p) => p.a === a && p.b === b);
  if (!pair) throw new Error(`no compare page for "${a}" and "${b}": see comparePairs in src/lib/compare.ts`);
  const title =
    <T extends { id: string; data: { title: string } }>(list: T[]) =>
    (id: string) =>
      list.find((i) => i.id === id)?.data.title ?? id;
  const ringTitle = title(set.rings);
  const placementOf = currentPlacement(set);
  const standingOf = standingReader(set);
  const entry = (slug: string) => {
    const found = set.entries.find((e) => e.id === slug);
    if (!found) throw new Error(`unknown entry "${slug}"`);
    return found;
  };
  const side = (e: Item<Entry>): CompareSide => {
    const d = e.data;
    const { standing, ring, reviewedIn } = placementOf(e);
    // A kept review leaves the ring on the placement before it: that placement's evidence is the ring's basis.
    const upTo = d.history.findIndex((h) => h.edition === reviewedIn);
    const reviewed = upTo < 0 ? d.history : d.history.slice(0, upTo + 1);
    const placed = reviewed.findLast((h) => !h.kept) ?? reviewed.at(-1)!;
    return {
      slug: e.id,
      title: d.title,
      summary: d.summary,
      quadrant: d.quadrant,
      quadrantTitle: title(set.quadrants)(d.quadrant),
      ring,
      ringTitle: ringTitle(ring),
      movement: standing?.movement,
      reviewedIn,
      retired: d.retired,
      basis: {
        edition: placed.edition,
        note: placed.note,
        kinds: placed.basis.map((kind) => ({ id: kind, label: EVIDENCE[kind].label })),
        sources: placed.sources.map((id) => ({ id, title: title(set.sources)(id) })),
      },
      packages: d.packages.map((name) => ({ name, href: pypiUrl(name) })),
      alternatives: d.alternatives.flatMap((id) => {
        const other = set.entries.find((o) => o.id === id);
        return other ? [{ id, title: other.data.title, ringTitle: ringTitle(placementOf(other).ring) }] : [];
      }),
      figures: d.sources.flatMap((c) => {
        const q = c.question ? set.survey.find((s) => s.id === c.question) : undefined;
        if (!q || !c.figure) return [];
        return [
          {
            question: q.id,
            questionTitle: q.data.title,
            figure: c.figure,
            respondents: q.data.respondents,
            approximate: q.data.respondentsApproximate,
            intervals: figureIntervals(c.figure, q.data),
          },
        ];
      }),
    };
  };
  const [ea, eb] = [entry(a), entry(b)];
  const cell = (e: Item<Entry>, edition: string): EditionCell | undefined => {
    const s = standingOf(e.data.history, edition);
    return (
      s && {
        ring: s.ring,
        ringTitle: ringTitle(s.ring),
        movement: s.movement,
        carried: s.carried,
        reviewedIn: s.reviewedIn,
      }
    );
  };
  const cited = (e: Item<Entry>) =>
    new Set([...e.data.survey, ...e.data.sources.flatMap((c) => (c.question ? [c.question] : []))]);
  const citedB = cited(eb);
  return {
    pair,
    sides: [side(ea), side(eb)],
    editions: editionsOldestFirst(set).map((ed) => ({
      id: ed.id,
      title: ed.data.title,
      date: ed.data.date,
      cells: [cell(ea, ed.id), cell(eb, ed.id)],
    })),
    sharedQuestions: [...cited(ea)].filter((q) => citedB.has(q)),
  };
}

/** The compare pages grouped by the quadrant of their first entry, in the radar's quadrant order. */
export function pairsByQuadrant(
  set: ContentSet,
  pairs: ComparePair[] = comparePairs(set),
): { id: string; title: string; pairs: (ComparePair & { titles: [string, string] })[] }[] {
  const titleOf = (id: string) => set.entries.find((e) => e.id === id)?.data.title ?? id;
  return [...set.quadrants]
    .sort((p, q) => p.data.order - q.data.order)
    .map((q) => ({
      id: q.id,
      title: q.data.title,
      pairs: pairs
        .filter((p) => p.quadrant === q.id)
        .map((p) => ({ ...p, titles: [titleOf(p.a), titleOf(p.b)] as [string, string] }))
        .sort((p, r) => p.titles[0].localeCompare(r.titles[0], 'en') || p.titles[1].localeCompare(r.titles[1], 'en')),
    }))
    .filter((q) => q.pairs.length > 0);
}
