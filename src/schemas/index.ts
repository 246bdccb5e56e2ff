import { categorySchema } from './category.ts';
import { editionSchema } from './edition.ts';
import { entrySchema } from './entry.ts';
import { quadrantSchema } from './quadrant.ts';
import { questionSchema } from './question.ts';
import { ringSchema } from './ring.ts';
import { sectionSchema } from './section.ts';
import { sourceSchema } from './source.ts';
import { topicSchema } from './topic.ts';

/** Every collection: its folder under content/ and the schema of its frontmatter. */
export const collections = {
  rings: ringSchema,
  quadrants: quadrantSchema,
  editions: editionSchema,
  sources: sourceSchema,
  entries: entrySchema,
  categories: categorySchema,
  topics: topicSchema,
  'survey-sections': sectionSchema,
  survey: questionSchema,
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];
