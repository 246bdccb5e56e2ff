import type { ContentSet } from '../content/types.ts';
import type { CardInput } from './card.ts';
import { currentEdition, currentPlacement, ringColors } from '../radar/model.ts';
import { comparePairs } from '../compare.ts';
import { shortTitle } from '../sources.ts';

/** The preview image path (without `.png`, under /og/) of a content page, or the site's default. */
export const ogPath = {
  site: () => 'site',
  entry: (slug: string) => `radar/${slug}`,
  topic: (slug: string) => `topics/${slug}`,
  category: (slug: string) => `categories/${slug}`,
  question: (id: string) => `survey/${id}`,
  edition: (id: string) => `editions/${id}`,
  source: (id: string) => `sources/${id}`,
  compare: (a: string, b: string) => `compare/${a}/${b}`,
};

/** Every preview card the site publishes, keyed by its path. */
export function ogCards(set: ContentSet): Map<string, CardInput> {
  const cards = new Map<string, CardInput>();
  cards.set(ogPath.site(), {
    kicker: 'The Python radar',
    title: 'PyRadar',
    subtitle: 'What to adopt, trial, assess or hold in Python, what an engineer should know, and what developers said.',
  });
  const current = currentEdition(set);
  const placementOf = currentPlacement(set);
  const colors = ringColors(set);
  for (const e of set.entries) {
    const ring = set.rings.find((r) => r.id === placementOf(e).ring);
    const quadrant = set.quadrants.find((q) => q.id === e.data.quadrant);
    const input: CardInput = {
      kicker: `Radar entry · ${current.data.title}`,
      title: e.data.title,
      subtitle: e.data.summary,
    };
    if (ring) input.ring = { label: ring.data.title, color: colors.get(ring.id)! };
    if (quadrant) input.quadrant = quadrant.data.title;
    cards.set(ogPath.entry(e.id), input);
    // Previews shared before a rename point at the old image path, and a static host cannot redirect a PNG.
    for (const alias of e.data.aliases) cards.set(ogPath.entry(alias), input);
  }
  for (const t of set.topics) {
    const input = { kicker: 'What a Python engineer should know', title: t.data.title, subtitle: t.data.summary };
    for (const path of [t.id, ...t.data.aliases]) cards.set(ogPath.topic(path), input);
  }
  for (const c of set.categories)
    cards.set(ogPath.category(c.id), { kicker: 'Topic category', title: c.data.title, subtitle: c.data.summary });
  for (const q of set.survey) {
    const input = {
      kicker: 'Survey of Python developers, 2023',
      title: q.data.title,
      subtitle: q.data.question,
      bars: q.data.options.map((o) => ({ label: o.label, percent: o.percent })),
    };
    for (const path of [q.id, ...q.data.aliases]) cards.set(ogPath.question(path), input);
  }
  for (const ed of set.editions)
    cards.set(ogPath.edition(ed.id), { kicker: 'Radar edition', title: ed.data.title, subtitle: ed.data.summary });
  for (const s of set.sources)
    cards.set(ogPath.source(s.id), { kicker: 'Source', title: shortTitle(s.data.title), subtitle: s.data.summary });
  // A compare page's card names both entries and their current rings: the page's own facts, nothing added.
  const byId = new Map(set.entries.map((e) => [e.id, e]));
  const ringTitle = (id: string) => set.rings.find((r) => r.id === id)?.data.title ?? id;
  for (const p of comparePairs(set)) {
    const [a, b] = [byId.get(p.a)!, byId.get(p.b)!];
    cards.set(ogPath.compare(p.a, p.b), {
      kicker: `Compare · ${current.data.title}`,
      title: `${a.data.title} vs ${b.data.title}`,
      subtitle: `${a.data.title}: ${ringTitle(placementOf(a).ring)}. ${b.data.title}: ${ringTitle(placementOf(b).ring)}.`,
    });
  }
  return cards;
}
