// The one place pages read content: collections from Astro, shaped as the ContentSet src/lib takes.
import { getCollection } from 'astro:content';
import type { ContentSet, Item } from '../lib/content/types.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { withBase } from '../lib/urls.ts';
import { collections } from '../content.config.ts';

let cached: Promise<ContentSet> | undefined;

async function load(): Promise<ContentSet> {
  const entries = await Promise.all(
    COLLECTION_NAMES.map(async (name) => {
      // An optional collection the content leaves out is not defined (content.config.ts): it has no items.
      const items = name in collections ? await getCollection(name) : [];
      return [
        name,
        items.map((e) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data, body: e.body ?? '' }) as Item<unknown>),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as ContentSet;
}

/** Astro's own entries of a collection (for getStaticPaths and render), or none when the content leaves it out. */
export async function collectionOf<N extends 'survey' | 'topics' | 'categories' | 'survey-sections'>(name: N) {
  return name in collections ? await getCollection(name) : [];
}

/** All content, loaded once per build. */
export function content(): Promise<ContentSet> {
  cached ??= load();
  return cached;
}

/** Finds an item by id or throws, so a broken reference fails the build instead of rendering nothing. */
export function byId<T>(items: Item<T>[], id: string, what: string): Item<T> {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`unknown ${what} "${id}"`);
  return found;
}

/** Resolves the page's root-relative path against the deployment base. */
export function url(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
