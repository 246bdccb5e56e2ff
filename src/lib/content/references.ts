import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { ContentSet, Item, Problem } from './types.ts';
import { bodyLinks, proseWordCount } from './words.ts';
import { paths } from '../urls.ts';
import { aliasRedirects } from '../aliases.ts';
import { policyBreaches } from '../radar/policy.ts';
import { MAX_RINGS, MAX_SEGMENTS } from '../radar/geometry.ts';
import { NOUNS, PAGE_OF, rawReferences, type Unparsed } from './reference-fields.ts';
import { didYouMean } from './suggest.ts';
import { guardBody } from './mdx-guard.ts';
import { readOnline } from '../sources.ts';

/** Word ranges of bodies, per collection, where the issue sets one. */
export const WORD_RANGES = {
  entries: [150, 400],
  topics: [120, 300],
  survey: [40, 200],
} as const;

/** The ids a reference may name, shortened to a sample when there are many. */
export function allowed(ids: Set<string>): string {
  const list = [...ids].sort();
  return list.length > 12
    ? `one of ${list.length} ids, e.g. ${list.slice(0, 6).join(', ')}`
    : `one of ${list.join(', ') || '(none defined)'}`;
}

function ids(items: Item<unknown>[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

/** Every path the site builds from this content, for checking links in bodies. */
export function sitePaths(set: ContentSet): Set<string> {
  const out = new Set<string>([
    paths.home(),
    paths.radar(),
    paths.editions(),
    paths.topics(),
    paths.survey(),
    paths.sources(),
    paths.search(),
    paths.methodology(),
    paths.check(),
  ]);
  for (const name of COLLECTION_NAMES) for (const item of set[name]) out.add(PAGE_OF[name](item.id));
  return out;
}

/**
 * Cross-reference checks the schemas cannot make alone: every id an item names must exist,
 * placements must follow edition order, bodies must be within their word range and link to real pages.
 * Files that failed their schema (`unparsed`) still exist, and the ids their raw frontmatter names are checked.
 */
export function checkReferences(set: ContentSet, unparsed: Unparsed[] = []): Problem[] {
  const problems: Problem[] = [];
  const known = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, ids(set[name])])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const u of unparsed) known[u.collection].add(u.id);
  const need = (file: string, field: string, value: string, within: Set<string>, what: string) => {
    if (!within.has(value))
      problems.push({
        file,
        field,
        message: `"${value}" is not a known ${what};${didYouMean(value, within)} allowed: ${allowed(within)}`,
      });
  };

  // Every id a file names, valid or not, is looked up by the one table of reference fields (REFERENCE_FIELDS).
  const parsed = (Object.entries(set) as [CollectionName, Item<unknown>[]][]).flatMap(([collection, items]) =>
    items.map((item) => ({ collection, file: item.file, data: item.data })),
  );
  for (const item of [...parsed, ...unparsed])
    for (const ref of rawReferences(item.collection, item.data))
      need(item.file, ref.field, ref.value, known[ref.target], NOUNS[ref.target]);

  // What a table of fields cannot say: order, self-reference and the placement policy.
  const editionDate = new Map(set.editions.map((e) => [e.id, e.data.date]));
  const editionSources = new Map(set.editions.map((e) => [e.id, e.data.sources]));
  // An imported radar's placements are its owners' decisions: the evidence rules and write-up lengths are ours, not theirs.
  const imported = new Set(set.sources.filter((s) => s.data.kind === 'radar').map((s) => s.id));
  const online = new Set(set.sources.filter(readOnline).map((s) => s.id));
  const importedEntries = new Set(
    set.entries.filter((e) => e.data.sources.every((c) => imported.has(c.source))).map((e) => e.id),
  );
  for (const e of set.entries) {
    const d = e.data;
    d.history.forEach((h, i) => {
      const prev = d.history[i - 1];
      if (prev && (editionDate.get(prev.edition) ?? '') >= (editionDate.get(h.edition) ?? ''))
        problems.push({
          file: e.file,
          field: `history[${i}].edition`,
          message: `"${h.edition}" must come after "${prev.edition}": list placements oldest first, one per edition`,
        });
    });
    const cited = d.sources.map((c) => c.source);
    // A document read online is long and changes: the citation names the section, so a reader can find the fact.
    d.sources.forEach((c, i) => {
      if (online.has(c.source) && !c.where)
        problems.push({
          file: e.file,
          field: `sources[${i}].where`,
          message: `"${c.source}" is a document read online: name the section the fact stands in (its heading), e.g. where: "Summary – release highlights"`,
        });
    });
    for (const breach of policyBreaches(d.history, { quadrant: d.quadrant, cited }, editionSources, imported))
      problems.push({ file: e.file, ...breach });
    if (d.related.includes(e.id))
      problems.push({ file: e.file, field: 'related', message: 'an entry cannot be related to itself' });
    if (d.alternatives.includes(e.id))
      problems.push({ file: e.file, field: 'alternatives', message: 'an entry cannot be its own alternative' });
  }
  for (const t of set.topics)
    if (t.data.related.length + t.data.entries.length + t.data.survey.length === 0)
      problems.push({
        file: t.file,
        field: 'related',
        message: 'a topic needs at least one related topic, entry or survey question',
      });

  const pages = sitePaths(set);
  for (const u of unparsed) pages.add(PAGE_OF[u.collection](u.id));
  const bodyContext = { questions: known.survey, questionsAllowed: allowed(known.survey) };
  const everything: [string, Item<unknown>[]][] = Object.entries(set) as [string, Item<unknown>[]][];
  for (const [collection, items] of everything) {
    const range = WORD_RANGES[collection as keyof typeof WORD_RANGES];
    for (const item of items) {
      if (range && !(collection === 'entries' && importedEntries.has(item.id))) {
        const count = proseWordCount(item.body);
        if (count < range[0] || count > range[1])
          problems.push({
            file: item.file,
            field: '(body)',
            message: `write-up has ${count} words; allowed: ${range[0]} to ${range[1]}`,
          });
      }
      // Bodies are data: Markdown and allow-listed components only, checked on the parsed MDX.
      problems.push(...guardBody(item, bodyContext));
      for (const link of bodyLinks(item.body)) {
        const path = link.split('#')[0] ?? link;
        if (!pages.has(path) && !path.startsWith('/api/'))
          problems.push({
            file: item.file,
            field: '(body)',
            message: `link to "${link}" goes to no page; link to a page the site builds, ending in a slash`,
          });
      }
    }
  }
  problems.push(
    ...checkUrlClaims(set),
    ...checkPackageClaims(set),
    ...checkRadarShape(set),
    ...checkSourceAddresses(set),
  );
  return problems;
}

/** Rings and segments each number 1 to 6, their `order` running 1, 2, 3… with no gap or repeat: it is their place. */
export function checkRadarShape(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const parts = [
    { items: set.rings, what: 'ring', max: MAX_RINGS },
    { items: set.quadrants, what: 'segment', max: MAX_SEGMENTS },
  ];
  for (const { items, what, max } of parts) {
    const sorted = [...items].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
    sorted.forEach((item, i) => {
      if (item.data.order !== i + 1)
        problems.push({
          file: item.file,
          field: 'order',
          message: `${what}s are numbered 1 to ${Math.min(items.length, max)} with no gap or repeat; this one should be ${i + 1} (it is ${item.data.order})`,
        });
    });
  }
  return problems;
}

/** A PyPI name belongs to one entry: the dependency check must give one answer for it. */
export function checkPackageClaims(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const e of set.entries)
    e.data.packages.forEach((name, i) => {
      const owner = owners.get(name);
      if (owner)
        problems.push({ file: e.file, field: `packages[${i}]`, message: `"${name}" is already listed by ${owner}` });
      else owners.set(name, e.file);
    });
  return problems;
}

/** One record per document read online: two records of one URL would split its citations between two pages. */
export function checkSourceAddresses(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const s of set.sources) {
    if (!s.data.url) continue;
    const address = s.data.url.replace(/[#?].*$/, '').replace(/\/$/, '');
    const owner = owners.get(address);
    if (owner)
      problems.push({
        file: s.file,
        field: 'url',
        message: `${s.data.url} is already the source ${owner}: cite that one`,
      });
    else owners.set(address, s.id);
  }
  return problems;
}

/** Two pages may not claim one URL: entry slugs against the quadrant and ring views, and aliases against everything. */
export function checkUrlClaims(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, string>();
  const claim = (path: string, file: string, field: string) => {
    const owner = claims.get(path);
    if (owner && owner !== file) problems.push({ file, field, message: `URL ${path} is already claimed by ${owner}` });
    else claims.set(path, file);
  };
  for (const reserved of ['quadrants', 'rings']) claims.set(paths.entry(reserved), `the radar's ${reserved} views`);
  claims.set(paths.question('sections'), "the survey's section pages");
  for (const e of set.entries) claim(paths.entry(e.id), e.file, '(file name)');
  for (const t of set.topics) claim(paths.topic(t.id), t.file, '(file name)');
  for (const q of set.survey) claim(paths.question(q.id), q.file, '(file name)');
  for (const item of [...set.entries, ...set.topics, ...set.survey])
    item.data.aliases.forEach((alias, i) => {
      if (alias === item.id)
        problems.push({
          file: item.file,
          field: `aliases[${i}]`,
          message: `"${alias}" is this file's own slug; aliases lists only old slugs that should redirect here`,
        });
    });
  // Snapshot redirects follow the entry's own: a clash there is already a clash on /radar/<alias>/.
  for (const alias of aliasRedirects(set))
    if (alias.edition === undefined && alias.from !== alias.to) claim(alias.from, alias.file, alias.field);
  return problems;
}

/** One line per problem: file, field, message. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
