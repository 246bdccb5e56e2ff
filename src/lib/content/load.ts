import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { parseAll, type RawFile } from './parse.ts';
import { checkReferences } from './references.ts';
import type { ContentSet, Problem } from './types.ts';

/** The collections a radar cannot do without. */
export const RADAR_COLLECTIONS: readonly CollectionName[] = ['rings', 'quadrants', 'editions', 'sources', 'entries'];
/** Parts of the site a radar may leave out, each all or nothing: the competency profile, and the survey. */
export const OPTIONAL_GROUPS: readonly (readonly CollectionName[])[] = [
  ['categories', 'topics'],
  ['survey-sections', 'survey'],
];

/** The collections a content folder holds files for: the radar's always, an optional part's when it has any. */
export function presentCollections(contentDir: string): CollectionName[] {
  const holds = (name: CollectionName) =>
    existsSync(join(contentDir, name)) && readdirSync(join(contentDir, name)).some((f) => f.endsWith('.mdx'));
  return COLLECTION_NAMES.filter((name) => RADAR_COLLECTIONS.includes(name) || holds(name));
}

/** Reads every collection folder under `contentDir`; any other file there is itself a problem. */
export function readContent(
  contentDir: string,
  root = process.cwd(),
): { files: Record<CollectionName, RawFile[]>; problems: Problem[] } {
  const files = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as RawFile[]])) as Record<
    CollectionName,
    RawFile[]
  >;
  const problems: Problem[] = [];
  const shownDir = relative(root, contentDir) || contentDir;
  const holds = `it holds one folder per collection: ${COLLECTION_NAMES.join(', ')}`;
  if (!existsSync(contentDir))
    return { files, problems: [{ file: shownDir, field: '(folder)', message: `content folder not found; ${holds}` }] };
  const found = readdirSync(contentDir, { recursive: true, withFileTypes: true });
  if (!found.some((entry) => entry.isFile()))
    return { files, problems: [{ file: shownDir, field: '(folder)', message: `content folder is empty; ${holds}` }] };
  for (const entry of found) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const shown = relative(root, path);
    const folder = relative(contentDir, entry.parentPath);
    if (!(COLLECTION_NAMES as string[]).includes(folder)) {
      problems.push({
        file: shown,
        field: '(folder)',
        message: `not in a collection folder; allowed: ${COLLECTION_NAMES.join(', ')}`,
      });
    } else if (!entry.name.endsWith('.mdx')) {
      problems.push({ file: shown, field: '(file name)', message: 'content files end in .mdx' });
    } else {
      files[folder as CollectionName].push({ file: shown, text: readFileSync(path, 'utf8') });
    }
  }
  for (const name of COLLECTION_NAMES) files[name].sort((a, b) => a.file.localeCompare(b.file));
  // The radar needs every one of its collections. The competency profile and the survey are optional, each as a
  // whole: a team's own radar may have neither, but topics without categories (or questions without sections) cannot
  // build their pages.
  const needed = new Set<CollectionName>(RADAR_COLLECTIONS);
  for (const group of OPTIONAL_GROUPS)
    if (group.some((name) => files[name].length)) for (const name of group) needed.add(name);
  for (const name of needed)
    if (!files[name].length) {
      const folder = join(contentDir, name);
      problems.push({
        file: relative(root, folder),
        field: '(folder)',
        message: existsSync(folder)
          ? 'no content files: add at least one .mdx file'
          : 'folder not found: add it with at least one .mdx file',
      });
    }
  return { files, problems };
}

/** Reads, validates and cross-checks all content: every problem in one list. */
export function loadContent(contentDir: string, root = process.cwd()): { set: ContentSet; problems: Problem[] } {
  const read = readContent(contentDir, root);
  const parsed = parseAll(read.files);
  return {
    set: parsed.set,
    problems: [...read.problems, ...parsed.problems, ...checkReferences(parsed.set, parsed.unparsed)],
  };
}
