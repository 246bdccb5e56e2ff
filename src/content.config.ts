// Wires each schema in src/schemas/ to its folder in content/. Nothing else belongs here.
import { defineCollection } from 'astro:content';
import { categorySchema } from './schemas/category.ts';
import { editionSchema } from './schemas/edition.ts';
import { entrySchema } from './schemas/entry.ts';
import { quadrantSchema } from './schemas/quadrant.ts';
import { questionSchema } from './schemas/question.ts';
import { ringSchema } from './schemas/ring.ts';
import { sectionSchema } from './schemas/section.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import type { CollectionName } from './schemas/index.ts';
import { presentCollections } from './lib/content/load.ts';
import { contentFolder } from './lib/content/loader.ts';

/** Loads content/<name>/*.mdx; the file name is the id and URL slug, exactly as written; bodies render as Markdown. */
const folder = (name: CollectionName) => contentFolder(`content/${name}`);

const all = {
  rings: defineCollection({ loader: folder('rings'), schema: ringSchema }),
  quadrants: defineCollection({ loader: folder('quadrants'), schema: quadrantSchema }),
  editions: defineCollection({ loader: folder('editions'), schema: editionSchema }),
  sources: defineCollection({ loader: folder('sources'), schema: sourceSchema }),
  entries: defineCollection({ loader: folder('entries'), schema: entrySchema }),
  categories: defineCollection({ loader: folder('categories'), schema: categorySchema }),
  topics: defineCollection({ loader: folder('topics'), schema: topicSchema }),
  'survey-sections': defineCollection({ loader: folder('survey-sections'), schema: sectionSchema }),
  survey: defineCollection({ loader: folder('survey'), schema: questionSchema }),
};

// The competency profile and the survey are optional (a team's own radar may have neither): a collection whose folder
// holds no file is not defined, so Astro neither warns about it nor looks for it.
export const collections = Object.fromEntries(
  Object.entries(all).filter(([name]) => presentCollections('./content').includes(name as CollectionName)),
) as typeof all; // typed whole: Astro derives each collection's types from it
