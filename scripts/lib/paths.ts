import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Project root: scripts run from it through npm. */
export const root = process.cwd();

/** The seed documents live beside the project, in ../shared/seeds, unless SEEDS_DIR says otherwise. */
export function seedsDir(): string {
  return resolve(process.env['SEEDS_DIR'] ?? join(root, '..', 'shared', 'seeds'));
}

/** Every content file under content/ (or `dir`), sorted for stable output. */
export function contentFiles(dir = join(root, 'content')): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
