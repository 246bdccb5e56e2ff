import type { ContentSet } from './content/types.ts';
import { currentEdition, currentPlacement } from './radar/model.ts';
import { topicEntries } from './api.ts';
import { memo } from './content/memo.ts';
import { pypiUrl } from './deps/names.ts';
import type { EntryLinks } from '../schemas/entry.ts';

/** The entry's homes elsewhere, in reading order: docs, source, home page, then each PyPI distribution. */
export function outsideLinks(links: EntryLinks, packages: string[]): { label: string; href: string }[] {
  return [
    ...(links.docs ? [{ label: 'Documentation', href: links.docs }] : []),
    ...(links.repo ? [{ label: 'Source code', href: links.repo }] : []),
    ...(links.home ? [{ label: 'Home page', href: links.home }] : []),
    ...packages.map((name) => ({ label: `${name} on PyPI`, href: pypiUrl(name) })),
  ];
}

/** Everything an entry page shows beyond its own frontmatter: standing, backlinks and resolved names. */
export function entryView(set: ContentSet, slug: string) {
  // Looked up through indexes built once per build: each entry page would otherwise scan every entry again.
  const { entries, relatedBy, entryTopics } = memo(set, 'entryIndexes', () => {
    const add = (map: Map<string, string[]>, key: string, value: string) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const relatedBy = new Map<string, string[]>();
    for (const other of set.entries) for (const id of other.data.related) add(relatedBy, id, other.id);
    const entryTopics = new Map<string, string[]>();
    for (const [topic, ids] of topicEntries(set)) for (const id of ids) add(entryTopics, id, topic);
    return { entries: new Map(set.entries.map((e) => [e.id, e])), relatedBy, entryTopics };
  });
  const entry = entries.get(slug);
  if (!entry) throw new Error(`unknown entry "${slug}"`);
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  const { standing, ring } = placementOf(entry);
  const topicIds = new Set([...entry.data.topics, ...(entryTopics.get(slug) ?? [])]);
  // Related runs both ways: an entry that names this one is related too.
  const relatedIds = new Set([...entry.data.related, ...(relatedBy.get(slug) ?? [])]);
  const surveyIds = new Set(entry.data.survey);
  for (const c of entry.data.sources) if (c.question) surveyIds.add(c.question);
  const rings = [...set.rings].sort((a, b) => a.data.order - b.data.order);
  const ringOrder = (id: string) => rings.findIndex((r) => r.id === id);
  const title =
    <T extends { id: string; data: { title: string } }>(list: T[]) =>
    (id: string) =>
      list.find((x) => x.id === id)?.data.title ?? id;
  return {
    entry,
    current,
    standing,
    related: [...relatedIds]
      .map((id) => entries.get(id))
      .filter((e) => e !== undefined)
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    topics: [...topicIds]
      .map((id) => set.topics.find((t) => t.id === id))
      .filter((t) => t !== undefined)
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    survey: [...surveyIds].map((id) => set.survey.find((q) => q.id === id)).filter((q) => q !== undefined),
    ring,
    /** Entries to use instead, with their current ring. */
    alternatives: entry.data.alternatives.flatMap((id) => {
      const other = entries.get(id);
      return other ? [{ id, title: other.data.title, ring: placementOf(other).ring }] : [];
    }),
    /** "Use instead" leads the page for entries in the outer half of the rings (Assess and Hold of four). */
    useInsteadFirst: ringOrder(ring) >= Math.ceil(rings.length / 2),
    outside: outsideLinks(entry.data.links, entry.data.packages),
    ringTitle: title(set.rings),
    quadrantTitle: title(set.quadrants),
    editionTitle: title(set.editions),
    sourceTitle: title(set.sources),
  };
}
