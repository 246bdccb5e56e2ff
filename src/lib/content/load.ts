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
  if (!existsSync(contentDir))
    return { files, problems: [{ file: contentDir, field: '(folder)', message: 'content folder not found' }] };
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
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
  return { files, problems };
}

/** Reads, validates and cross-checks all content: every problem in one list. */
export function loadContent(contentDir: string, root = process.cwd()): { set: ContentSet; problems: Problem[] } {
  const read = readContent(contentDir, root);
  const parsed = parseAll(read.files);
  return { set: parsed.set, problems: [...read.problems, ...parsed.problems, ...checkReferences(parsed.set)] };
}
