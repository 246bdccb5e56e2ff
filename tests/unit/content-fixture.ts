// A small, valid content set built from MDX text, for tests of the content check, aliases and downloads.
import { parseCollection } from '../../src/lib/content/parse.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';

export const file = (name: string, frontmatter: string, body = '') => ({
  file: `content/${name}`,
  text: `---\n${frontmatter}\n---\n${body}`,
});
export const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** An entry placed in 2023 and carried into 2024. */
export const goodEntry = `title: FastAPI
quadrant: languages-frameworks
summary: An async web framework built on type hints, and our default for new APIs.
tags: [web]
history:
  - edition: "2023"
    ring: trial
    basis: [production-use]
    sources: [notes-2023]
    note: The 2023 notes name it the preferred framework for new projects.
sources:
  - source: notes-2023`;

/** Rings, a quadrant, editions 2023 and 2024 with one source each, and the given entries (name → frontmatter). */
export function minimalSet(entries: Record<string, string> = { fastapi: goodEntry }): ContentSet {
  const rings = parseCollection(
    'rings',
    ['adopt', 'trial', 'assess', 'hold'].map((id, i) =>
      file(
        `rings/${id}.mdx`,
        `title: ${id}\norder: ${i + 1}\ncolor: "#112233"\nsummary: What to do with an entry in this ring.`,
      ),
    ),
  ).items;
  const quadrants = parseCollection('quadrants', [
    file('quadrants/languages-frameworks.mdx', 'title: L&F\norder: 1\nsummary: Languages and frameworks of all kinds.'),
  ]).items;
  const editions = parseCollection(
    'editions',
    ['2023', '2024'].map((year) =>
      file(
        `editions/${year}.mdx`,
        `title: PyRadar ${year}\ndate: "${year}-02-18"\nsources: [notes-${year}]\nsummary: The ${year} edition of the radar.`,
      ),
    ),
  ).items;
  const sources = parseCollection(
    'sources',
    ['2023', '2024'].map((year) =>
      file(
        `sources/notes-${year}.mdx`,
        `title: Notes\nauthor: A developer\ndate: "${year}"\nkind: practitioner-notes\nsummary: A developer describing their Python stack.\nseed: "004"`,
      ),
    ),
  ).items;
  const parsed = parseCollection(
    'entries',
    Object.entries(entries).map(([name, text]) => file(`entries/${name}.mdx`, text, words(200))),
  );
  if (parsed.problems.length) throw new Error(JSON.stringify(parsed.problems));
  return {
    rings,
    quadrants,
    editions,
    sources,
    entries: parsed.items,
    categories: [],
    topics: [],
    'survey-sections': [],
    survey: [],
  };
}
