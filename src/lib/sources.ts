import type { ContentSet, Item } from './content/types.ts';
import type { Source } from '../schemas/source.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';

/** What each kind of source is called on the site, singular and plural. */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], { one: string; many: string }> = {
  report: { one: 'Report', many: 'Reports' },
  'practitioner-notes': { one: "Practitioner's notes", many: "Practitioners' notes" },
  'forum-comment': { one: 'Forum comment', many: 'Forum comments' },
  'competency-profile': { one: 'Competency profile', many: 'Competency profiles' },
  radar: { one: 'Imported radar', many: 'Imported radars' },
  pep: { one: 'Python Enhancement Proposal', many: 'Python Enhancement Proposals' },
  documentation: { one: 'Documentation', many: 'Documentation' },
  changelog: { one: 'Changelog or release notes', many: 'Changelogs and release notes' },
  announcement: { one: "The project's announcement", many: "Projects' announcements" },
  'survey-report': { one: 'Survey report', many: 'Survey reports' },
};

/**
 * A document read online, as opposed to one held beside the project (`seed`) or a radar imported from another tool,
 * whose placements are its owners' own: the one test the check, the footer and the sources index share.
 */
export function readOnline(source: Item<Source>): boolean {
  return source.data.url !== undefined && source.data.kind !== 'radar';
}

/**
 * The given sources grouped by kind, in the schema's order of kinds, each group sorted by title: an edition that rests
 * on a hundred documents lists them so a reader can find one.
 */
export function sourcesByKind(set: ContentSet, ids: readonly string[]) {
  const wanted = new Set(ids);
  const chosen = set.sources.filter((s) => wanted.has(s.id));
  return SOURCE_KINDS.map((kind) => ({
    kind,
    label: SOURCE_KIND_LABELS[kind].many,
    sources: chosen
      .filter((s) => s.data.kind === kind)
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base', numeric: true })),
  })).filter((group) => group.sources.length > 0) as { kind: string; label: string; sources: Item<Source>[] }[];
}

/**
 * A document's title short enough for a browser tab and a search result (60 characters, as entry titles): cut at a
 * word, with an ellipsis. PEP and docs titles run long; the page's heading keeps the whole title.
 */
export function shortTitle(title: string, max = 60): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
