import type { Category } from '../../schemas/category.ts';
import type { Edition } from '../../schemas/edition.ts';
import type { Entry } from '../../schemas/entry.ts';
import type { Quadrant } from '../../schemas/quadrant.ts';
import type { Question } from '../../schemas/question.ts';
import type { Ring } from '../../schemas/ring.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Topic } from '../../schemas/topic.ts';

/** One content file after its frontmatter has been validated. */
export interface Item<T> {
  /** The file name without extension: the id and slug. */
  id: string;
  /** Path of the file, for messages. */
  file: string;
  data: T;
  /** The MDX body. */
  body: string;
  /** 1-based line of the file on which the body starts, so body findings can name the file's line. */
  bodyLine?: number;
}

/** All content, by collection: what the cross-reference checks and the API shapers take. */
export interface ContentSet {
  rings: Item<Ring>[];
  quadrants: Item<Quadrant>[];
  editions: Item<Edition>[];
  sources: Item<Source>[];
  entries: Item<Entry>[];
  categories: Item<Category>[];
  topics: Item<Topic>[];
  'survey-sections': Item<Section>[];
  survey: Item<Question>[];
}

/** A problem with a content file: where, which field, and what is wrong and allowed. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}
