import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { parseAll, type RawFile } from './parse.ts';
import { checkReferences } from './references.ts';
import type { ContentSet, Problem } from './types.ts';

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
  // Every collection needs content: an empty one would build a site with missing pages, or fail mid-build.
  for (const name of COLLECTION_NAMES)
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
