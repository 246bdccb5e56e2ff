import type { ContentSet } from './content/types.ts';
import { currentEdition, currentPlacement, editionsOldestFirst } from './radar/model.ts';
import { paths, withBase } from './urls.ts';
import { memo } from './content/memo.ts';

/**
 * The public JSON API. These shapes are a contract: add fields freely, never rename or drop one.
 * URLs are absolute paths including the deployment base.
 */
export function radarJson(set: ContentSet, base: string) {
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  return {
    /** The date the current placements stand as of: the newest edition's date. */
    asOf: current.data.date,
    editions: editionsOldestFirst(set).map((e) => ({
      id: e.id,
      date: e.data.date,
      title: e.data.title,
      url: withBase(paths.edition(e.id), base),
    })),
    quadrants: [...set.quadrants]
      .sort((a, b) => a.data.order - b.data.order)
      .map((q) => ({ id: q.id, title: q.data.title })),
    rings: [...set.rings].sort((a, b) => a.data.order - b.data.order).map((r) => ({ id: r.id, title: r.data.title })),
    /** Every source the placements cite: where a reader can check it (`href`, for those read online) and its date. */
    sources: [...set.sources]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        title: s.data.title,
        kind: s.data.kind,
        ...(s.data.date ? { date: s.data.date } : {}),
        ...(s.data.url ? { href: s.data.url } : {}),
        url: withBase(paths.source(s.id), base),
      })),
    entries: [...set.entries]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const { standing, ring, reviewedIn } = placementOf(e);
        return {
          slug: e.id,
          title: e.data.title,
          quadrant: e.data.quadrant,
          ring,
          movement: standing?.movement ?? 'unchanged',
          lastReviewed: reviewedIn,
          retired: e.data.retired ? { edition: e.data.retired.edition, reason: e.data.retired.reason } : false,
          url: withBase(paths.entry(e.id), base),
          summary: e.data.summary,
          tags: e.data.tags,
          history: e.data.history.map((h) => ({
            edition: h.edition,
            ring: h.ring,
            note: h.note,
            basis: h.basis,
            sources: h.sources,
            ...(h.quadrant ? { quadrant: h.quadrant } : {}),
            ...(h.kept ? { kept: true } : {}),
          })),
          sources: [...new Set(e.data.sources.map((s) => s.source))],
          topics: e.data.topics,
          survey: e.data.survey,
          related: e.data.related,
        };
      }),
  };
}

/** Entries that name each topic, merged with the topic's own list: links run both ways. */
export function topicEntries(set: ContentSet): Map<string, string[]> {
  return memo(set, 'topicEntries', () => computeTopicEntries(set));
}

function computeTopicEntries(set: ContentSet): Map<string, string[]> {
  const out = new Map<string, Set<string>>(set.topics.map((t) => [t.id, new Set(t.data.entries)]));
  for (const e of set.entries) for (const t of e.data.topics) out.get(t)?.add(e.id);
  return new Map([...out].map(([topic, entries]) => [topic, [...entries].sort()]));
}

export function topicsJson(set: ContentSet, base: string) {
  const entries = topicEntries(set);
  return {
    categories: [...set.categories]
      .sort((a, b) => a.data.order - b.data.order)
      .map((c) => ({ slug: c.id, title: c.data.title, url: withBase(paths.category(c.id), base) })),
    topics: [...set.topics]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((t) => ({
        slug: t.id,
        title: t.data.title,
        category: t.data.category,
        level: t.data.level,
        url: withBase(paths.topic(t.id), base),
        summary: t.data.summary,
        entries: entries.get(t.id) ?? [],
        related: t.data.related,
        survey: t.data.survey,
      })),
  };
}

export function questionJson(q: ContentSet['survey'][number], base: string) {
  return {
    id: q.id,
    title: q.data.title,
    question: q.data.question,
    section: q.data.section,
    kind: q.data.kind,
    maxAnswers: q.data.maxAnswers ?? null,
    respondents: q.data.respondents,
    respondentsApproximate: q.data.respondentsApproximate,
    partial: q.data.partial,
    labels: q.data.labels,
    unpublished: q.data.unpublished ?? null,
    url: withBase(paths.question(q.id), base),
    options: q.data.options.map((o) => ({ label: o.label, percent: o.percent })),
  };
}

export function surveyJson(set: ContentSet, base: string) {
  const sections = [...set['survey-sections']].sort((a, b) => a.data.order - b.data.order);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  return {
    sections: sections.map((s) => ({ id: s.id, title: s.data.title, url: withBase(paths.section(s.id), base) })),
    questions: [...set.survey]
      .sort(
        (a, b) => (order.get(a.data.section) ?? 0) - (order.get(b.data.section) ?? 0) || a.data.order - b.data.order,
      )
      .map((q) => questionJson(q, base)),
  };
}

/**
 * One RFC 4180 CSV text cell, quoted where it must be. A cell a spreadsheet would run as a formula (starting with =,
 * +, -, @, tab or carriage return) gets a leading single quote, as OWASP advises against CSV injection.
 */
export function csvCell(value: string): string {
  const text = value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV of one question: a header, then one row per published option. A text cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading single quote, as OWASP
 * advises against CSV injection; numbers are written as numbers.
 */
export function questionCsv(q: ContentSet['survey'][number]): string {
  const cell = (value: string | number) => (typeof value === 'number' ? String(value) : csvCell(value));
  const rows = [['option', 'percent'], ...q.data.options.map((o) => [o.label, o.percent] as [string, number])];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * `/api/packages.json`: every PyPI name an entry lists (PEP 503-normalised) mapped to that entry's current standing.
 * The dependency check (page and command line) reads this; `site` makes its links absolute.
 */
export function packagesJson(set: ContentSet, base: string, site: string): PackagesJson {
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  const rings = [...set.rings].sort((a, b) => a.data.order - b.data.order);
  const quadrants = new Map(set.quadrants.map((q) => [q.id, q.data.title]));
  const packages: Record<string, PackageRecord> = {};
  for (const e of [...set.entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const { ring, reviewedIn } = placementOf(e);
    for (const name of e.data.packages)
      packages[name] = {
        slug: e.id,
        title: e.data.title,
        ring,
        quadrant: e.data.quadrant,
        quadrantTitle: quadrants.get(e.data.quadrant) ?? e.data.quadrant,
        url: new URL(withBase(paths.entry(e.id), base), site).href,
        lastReviewed: reviewedIn,
        retired: e.data.retired !== undefined,
        alternatives: e.data.alternatives,
      };
  }
  // Every entry a package names as its alternative, so a check can name and link it without the whole radar.
  const named = new Set(Object.values(packages).flatMap((p) => p.alternatives));
  const entries = Object.fromEntries(
    set.entries
      .filter((e) => named.has(e.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => [
        e.id,
        {
          title: e.data.title,
          ring: placementOf(e).ring,
          url: new URL(withBase(paths.entry(e.id), base), site).href,
        },
      ]),
  );
  return {
    asOf: current.data.date,
    site: new URL(base, site).href,
    /** Innermost first; a check lists the outermost (Hold) first. */
    rings: rings.map((r) => ({ id: r.id, title: r.data.title, order: r.data.order })),
    packages: Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b))),
    /** The entries named under `alternatives`: title, current ring and URL. */
    entries,
  };
}

/** One package's answer in `/api/packages.json`. */
export interface PackageRecord {
  slug: string;
  title: string;
  ring: string;
  quadrant: string;
  quadrantTitle: string;
  url: string;
  lastReviewed: string;
  retired: boolean;
  alternatives: string[];
}
export interface PackagesJson {
  /** The date the current placements stand as of. */
  asOf: string;
  /** The radar's absolute root URL. */
  site: string;
  /** Innermost first. */
  rings: { id: string; title: string; order: number }[];
  /** By PEP 503-normalised name. */
  packages: Record<string, PackageRecord>;
  /** The entries that `alternatives` name, by slug; data saved before this field existed lacks it. */
  entries?: Record<string, { title: string; ring: string; url: string }>;
}
