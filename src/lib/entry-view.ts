import type { ContentSet } from './content/types.ts';
import { currentEdition, standingReader } from './radar/model.ts';
import { topicEntries } from './api.ts';

/** Everything an entry page shows beyond its own frontmatter: standing, backlinks and resolved names. */
export function entryView(set: ContentSet, slug: string) {
  const entry = set.entries.find((e) => e.id === slug);
  if (!entry) throw new Error(`unknown entry "${slug}"`);
  const current = currentEdition(set);
  const standing = standingReader(set)(entry.data.history, current.id);
  const byTopic = topicEntries(set);
  const topicIds = new Set(entry.data.topics);
  for (const [topic, entries] of byTopic) if (entries.includes(slug)) topicIds.add(topic);
  // Related runs both ways: an entry that names this one is related too.
  const relatedIds = new Set(entry.data.related);
  for (const other of set.entries) if (other.data.related.includes(slug)) relatedIds.add(other.id);
  const surveyIds = new Set(entry.data.survey);
  for (const c of entry.data.sources) if (c.question) surveyIds.add(c.question);
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
    ringTitle: title(set.rings),
    quadrantTitle: title(set.quadrants),
    editionTitle: title(set.editions),
    sourceTitle: title(set.sources),
  };
}
