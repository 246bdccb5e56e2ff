import type { ContentSet } from './content/types.ts';
import { currentEdition, currentPlacement } from './radar/model.ts';
import { topicEntries } from './api.ts';
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
  const entry = set.entries.find((e) => e.id === slug);
  if (!entry) throw new Error(`unknown entry "${slug}"`);
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  const { standing, ring } = placementOf(entry);
  const byTopic = topicEntries(set);
  const topicIds = new Set(entry.data.topics);
  for (const [topic, entries] of byTopic) if (entries.includes(slug)) topicIds.add(topic);
  // Related runs both ways: an entry that names this one is related too.
  const relatedIds = new Set(entry.data.related);
  for (const other of set.entries) if (other.data.related.includes(slug)) relatedIds.add(other.id);
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
      .map((id) => set.entries.find((e) => e.id === id))
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
      const other = set.entries.find((e) => e.id === id);
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
