// Wires each schema in src/schemas/ to its folder in content/. Nothing else belongs here.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as schemas, type CollectionName } from './schemas/index.ts';

function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    // The file name is the id and URL slug, exactly as written (no re-slugging).
    loader: glob({ pattern: '*.mdx', base: `./content/${name}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: schemas[name],
  });
}

export const collections = {
  rings: collection('rings'),
  quadrants: collection('quadrants'),
  editions: collection('editions'),
  sources: collection('sources'),
  entries: collection('entries'),
  categories: collection('categories'),
  topics: collection('topics'),
  'survey-sections': collection('survey-sections'),
  survey: collection('survey'),
};
