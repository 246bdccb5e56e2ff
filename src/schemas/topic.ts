import { z } from 'astro/zod';
import { aliases, slug, slugList, summary, synonyms, title } from './common.ts';

export const LEVELS = ['core', 'nice-to-know', 'advanced'] as const;

/** A topic of the competency profile (file name is its slug). */
export const topicSchema = z.object({
  /** Display name, e.g. "Global Interpreter Lock (GIL)"; at most 60 characters. */
  title,
  /** Slug of its category. */
  category: slug,
  /** Position within the category, in the profile's order. */
  order: z.number().int().min(1),
  /** How essential: core, nice-to-know or advanced. */
  level: z.enum(LEVELS),
  /** The topic in one sentence. */
  summary,
  /** Abbreviations and other names search should match. */
  synonyms,
  /** Slugs of related topics. */
  related: slugList,
  /** Slugs of related radar entries. */
  entries: slugList,
  /** Ids of related survey questions. */
  survey: slugList,
  /** Ids of the source documents it draws on. */
  sources: slugList,
  /** Old slugs that redirect here. */
  aliases,
});
export type Topic = z.infer<typeof topicSchema>;
