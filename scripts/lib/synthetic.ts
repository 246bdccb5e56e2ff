import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { hashString, seededRandom } from '../../src/lib/radar/hash.ts';

/** Collections copied from the real content as they are: they define the radar's frame. */
export const COPIED = ['rings', 'quadrants', 'editions', 'sources', 'categories', 'survey-sections'] as const;
export type CopiedFiles = Record<(typeof COPIED)[number], { id: string; text: string }[]>;

/** Real content has this many topics and survey questions per radar entry (92 and 28 to 119). */
export const TOPICS_PER_ENTRY = 92 / 119;
export const QUESTIONS_PER_ENTRY = 28 / 119;

const WORDS =
  'service team library request worker queue cache schema query deploy release test module package runtime thread process event loop async client server data model migration index container pipeline review budget latency memory profile upgrade default stable choice option'.split(
    ' ',
  );
const TAGS = ['web', 'async', 'data', 'testing', 'ops', 'cloud', 'typing', 'tooling'];

/** Prose of `count` words in short sentences: enough to pass the word ranges, no markup MDX would trip on. */
export function filler(random: () => number, count: number): string {
  const sentences: string[] = [];
  let left = count;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(random() * 8));
    const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    sentences.push(`${words.join(' ')}.`);
    left -= length;
  }
  return sentences.join(' ');
}

/** Up to `count` distinct items of `list`, never `except`, picked by `random`. */
function pick<T>(random: () => number, list: T[], count: number, except?: T): T[] {
  const pool = list.filter((item) => item !== except);
  const out: T[] = [];
  while (out.length < Math.min(count, pool.length)) {
    const item = pool[Math.floor(random() * pool.length)]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** A copied file without links or components, which would point at real pages the synthetic site lacks. */
export function unlink(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^<[A-Z][^>]*\/>\s*$/gm, '');
}

const pad = (i: number) => String(i + 1).padStart(4, '0');
const list = (items: string[]) => `[${items.join(', ')}]`;

/**
 * A complete, valid content folder with `entries` radar entries and proportional topics and questions,
 * as { path under content/: text }. The same arguments give the same files.
 */
export function syntheticContent(entries: number, copied: CopiedFiles): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of COPIED)
    for (const { id, text } of copied[folder]) files.set(`${folder}/${id}.mdx`, unlink(text));
  const ids = (folder: (typeof COPIED)[number]) => copied[folder].map((f) => f.id);
  const editions = copied.editions
    .map(({ id, text }) => ({ id, ...(splitFrontmatter(text).data as { date: string; sources: string[] }) }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const [rings, quadrants, categories, sections, sources] = [
    ids('rings'),
    ids('quadrants'),
    ids('categories'),
    ids('survey-sections'),
    ids('sources'),
  ];
  const profile = sources.includes('engineer-profile') ? 'engineer-profile' : sources[0]!;
  const report = sources.includes('stx-radar-2023') ? 'stx-radar-2023' : sources[0]!;

  const entrySlugs = Array.from({ length: entries }, (_, i) => `bench-entry-${pad(i)}`);
  const topicSlugs = Array.from(
    { length: Math.max(1, Math.round(entries * TOPICS_PER_ENTRY)) },
    (_, i) => `bench-topic-${pad(i)}`,
  );
  const questionIds = Array.from(
    { length: Math.max(1, Math.round(entries * QUESTIONS_PER_ENTRY)) },
    (_, i) => `bench-question-${pad(i)}`,
  );

  entrySlugs.forEach((slug, i) => {
    const random = seededRandom(hashString(slug));
    let placed = editions.filter(() => random() < 0.5);
    if (!placed.length) placed = [editions[Math.floor(random() * editions.length)]!];
    // Every ring is allowed on this basis under the placement policy, so the generator can pick rings at random.
    const history = placed.map(
      (e) =>
        `  - edition: "${e.id}"\n    ring: ${rings[Math.floor(random() * rings.length)]}\n    basis: [production-use, better-option]\n    sources: [${e.sources[0]}]\n    note: A synthetic placement for the build benchmark, ring picked at random.`,
    );
    // Every citation names a section: sources read online require one, and the seeds accept one.
    const cites = placed.map((e) => `  - source: ${e.sources[0]}\n    where: "Synthetic section"`);
    const related = pick(random, entrySlugs, 3, slug);
    const topics = pick(random, topicSlugs, 2);
    const links = `See also [${related[0] ?? slug}](/radar/${related[0] ?? slug}/) and [${topics[0]}](/topics/${topics[0]}/).`;
    files.set(
      `entries/${slug}.mdx`,
      `---\ntitle: Bench entry ${i + 1}\nquadrant: ${quadrants[i % quadrants.length]}\nsummary: A synthetic radar entry that exists only to measure how the build scales.\ntags: ${list(pick(random, TAGS, 2))}\nhistory:\n${history.join('\n')}\nsources:\n${cites.join('\n')}\nrelated: ${list(related)}\ntopics: ${list(topics)}\nsurvey: ${list(pick(random, questionIds, 1))}\n---\n\n## What it is\n${filler(random, 60)}\n\n## Why this ring\n${filler(random, 60)}\n\n## When to use it, and when not\n${filler(random, 50)}\n\n## Alternatives\n${filler(random, 40)} ${links}\n`,
    );
  });

  topicSlugs.forEach((slug, i) => {
    const random = seededRandom(hashString(slug));
    const level = ['core', 'nice-to-know', 'advanced'][i % 3];
    files.set(
      `topics/${slug}.mdx`,
      `---\ntitle: Bench topic ${i + 1}\ncategory: ${categories[i % categories.length]}\norder: ${Math.floor(i / categories.length) + 1}\nlevel: ${level}\nsummary: A synthetic profile topic that exists only to measure how the build scales.\nrelated: ${list(pick(random, topicSlugs, 2, slug))}\nentries: ${list(pick(random, entrySlugs, 2))}\nsurvey: ${list(pick(random, questionIds, 1))}\nsources: [${profile}]\n---\n\n## What it is\n${filler(random, 50)}\n\n## Why it matters\n${filler(random, 40)}\n\n## What to learn first\n${filler(random, 30)}\n\n\`\`\`python\ndef total(items: list[int]) -> int:\n    return sum(item * 2 for item in items)\n\`\`\`\n\n## Common pitfalls\n${filler(random, 40)}\n`,
    );
  });

  questionIds.forEach((id, i) => {
    const random = seededRandom(hashString(id));
    const single = i % 2 === 0;
    const count = single ? 4 : 6;
    const weights = Array.from({ length: count }, () => 1 + random() * 9);
    const total = weights.reduce((a, b) => a + b, 0);
    const percents = weights.map((w) => (single ? Math.round((w / total) * 1000) / 10 : Math.round(5 + random() * 55)));
    if (single) percents[count - 1] = Math.round((100 - percents.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10;
    const options = percents.map((p, k) => `  - label: Answer ${k + 1}\n    percent: ${p}`).join('\n');
    const link = entrySlugs[Math.floor(random() * entrySlugs.length)]!;
    files.set(
      `survey/${id}.mdx`,
      `---\ntitle: Bench question ${i + 1}\nquestion: "Which synthetic answer would you pick for benchmark question ${i + 1}?"\nsection: ${sections[i % sections.length]}\norder: ${Math.floor(i / sections.length) + 1}\nkind: ${single ? 'single' : 'multiple'}\n${single ? '' : 'maxAnswers: 3\n'}respondents: ${100 + Math.floor(random() * 400)}\nlabels: prose\noptions:\n${options}\nsource: ${report}\n---\n${filler(random, 70)} Compare [${link}](/radar/${link}/).\n`,
    );
  });
  return files;
}
